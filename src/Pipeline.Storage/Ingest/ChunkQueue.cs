using Azure.Storage.Queues;
using Polly;

namespace Pipeline.Storage.Ingest;

/// <summary>The queue of chunk tickets that every host's chunk trigger listens on.</summary>
public sealed class ChunkQueue(QueueClient queue, ResiliencePipeline resilience)
{
    public async Task SendAsync(ChunkTicket ticket, CancellationToken cancellationToken)
    {
        var message = ticket.Serialize();
        await resilience.ExecuteAsync(async ct => await queue.SendMessageAsync(message, ct), cancellationToken);
    }
}
