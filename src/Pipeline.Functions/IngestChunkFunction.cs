using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingest;

namespace Pipeline.Functions;

/// <summary>
/// Queue trigger on the chunk queue: processes one chunk of a big input. Flex Consumption scales instances out on the
/// queue's length, so the chunks of one dump are shared by as many instances as it takes.
/// </summary>
public sealed class IngestChunkFunction(ChunkProcessor processor, ILogger<IngestChunkFunction> logger)
{
    [Function("IngestChunk")]
    public async Task RunAsync([QueueTrigger(ChunkTicket.Queue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken)
    {
        if (!await processor.ProcessAsync(message, cancellationToken))
        {
            logger.LogWarning("Message on {Queue} is not a chunk ticket; dropped: {Message}", ChunkTicket.Queue, message);
        }
    }
}
