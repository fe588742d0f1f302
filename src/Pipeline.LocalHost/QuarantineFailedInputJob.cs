using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingest;

namespace Pipeline.LocalHost;

/// <summary>The end of the poison path: an input that failed every try goes to quarantine with its reason.</summary>
public sealed class QuarantineFailedInputJob(FailedInputQuarantiner quarantiner, ILogger<QuarantineFailedInputJob> logger)
{
    [FunctionName("QuarantineFailedInput")]
    public async Task RunAsync([QueueTrigger(FailedInputQuarantiner.PoisonQueue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken)
    {
        if (!await quarantiner.HandleAsync(message, cancellationToken))
        {
            logger.LogWarning("Poison message names no blob; dropped: {Message}", message);
        }
    }
}
