using Azure;
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

    /// <summary>
    /// Whether a ticket is waiting to be taken (a visible message). Tickets a host has taken are invisible: one whose
    /// receipt was lost with storage stays so for the trigger's 10-minute visibility timeout.
    /// </summary>
    public async Task<bool> HasWaitingTicketsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var peeked = await resilience.ExecuteAsync(async ct => await queue.PeekMessagesAsync(1, ct), cancellationToken);
            return peeked.Value.Length > 0;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }
}
