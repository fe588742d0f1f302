using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingest;

namespace Pipeline.Functions;

/// <summary>The end of the poison path: an input that failed every try goes to quarantine with its reason.</summary>
public sealed class QuarantineFailedInputFunction(FailedInputQuarantiner quarantiner, ILogger<QuarantineFailedInputFunction> logger)
{
    [Function("QuarantineFailedInput")]
    public async Task RunAsync([QueueTrigger(FailedInputQuarantiner.PoisonQueue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken)
    {
        if (!await quarantiner.HandleAsync(message, cancellationToken))
        {
            logger.LogWarning("Poison message names no blob; dropped: {Message}", message);
        }
    }
}
