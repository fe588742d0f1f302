using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingest;

namespace Pipeline.LocalHost;

/// <summary>The local twin of the function app's chunk trigger: every local host takes chunks of big inputs from the same queue.</summary>
public sealed class IngestChunkJob(ChunkProcessor processor, ILogger<IngestChunkJob> logger)
{
    [FunctionName("IngestChunk")]
    public async Task RunAsync([QueueTrigger(ChunkTicket.Queue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken)
    {
        if (!await processor.ProcessAsync(message, cancellationToken))
        {
            logger.LogWarning("Message on {Queue} is not a chunk ticket; dropped: {Message}", ChunkTicket.Queue, message);
        }
    }
}
