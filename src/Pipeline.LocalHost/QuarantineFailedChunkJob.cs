using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingest;

namespace Pipeline.LocalHost;

/// <summary>The end of a chunk's poison path: its records are rejected with the last failure, and its input's report completes.</summary>
public sealed class QuarantineFailedChunkJob(FailedChunkHandler handler, ILogger<QuarantineFailedChunkJob> logger)
{
    [FunctionName("QuarantineFailedChunk")]
    public async Task RunAsync([QueueTrigger(ChunkTicket.PoisonQueue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken)
    {
        if (!await handler.HandleAsync(message, cancellationToken))
        {
            logger.LogWarning("Poison message is not a chunk ticket; dropped: {Message}", message);
        }
    }
}
