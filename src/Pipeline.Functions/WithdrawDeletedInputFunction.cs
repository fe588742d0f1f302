using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Withdrawals;

namespace Pipeline.Functions;

/// <summary>
/// Queue trigger on the deletions Event Grid delivers from the raw container (<c>BlobDeleted</c>): withdraws what the
/// deleted input produced. A late or repeated event finds the blob back or the withdrawal done, and changes nothing.
/// </summary>
public sealed class WithdrawDeletedInputFunction(DeletedInputProcessor deletions, IOptions<StorageOptions> storage, ILogger<WithdrawDeletedInputFunction> logger)
{
    [Function("WithdrawDeletedInput")]
    public async Task RunAsync([QueueTrigger(BlobDeletedEvent.Queue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken)
    {
        foreach (var deleted in BlobDeletedEvent.Parse(message).Where(e => e.Container == storage.Value.RawContainer))
        {
            if (await deletions.ProcessAsync(deleted.Name, cancellationToken) is { Withdrawal: var withdrawal })
            {
                logger.LogInformation("{Blob} was deleted: {Withdrawn} document(s) withdrawn, {Promoted} promoted", deleted.Name, withdrawal?.Withdrawn.Count ?? 0, withdrawal?.Promoted.Count ?? 0);
            }
        }
    }
}
