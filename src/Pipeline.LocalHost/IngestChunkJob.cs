using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingest;

namespace Pipeline.LocalHost;

/// <summary>The local twin of the function app's chunk trigger: every local host takes chunks of big inputs from the same queue.</summary>
public sealed class IngestChunkJob(ChunkProcessor processor, InFlightInputs inFlight, ILogger<IngestChunkJob> logger)
{
    [FunctionName("IngestChunk")]
    public async Task RunAsync([QueueTrigger(ChunkTicket.Queue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken)
    {
        var ticket = ChunkTicket.TryParse(message);
        using var tracked = inFlight.Track(ticket is null ? "(not a chunk ticket)" : $"{ticket.Input} (chunk {ticket.Chunk})");
        try
        {
            if (!await processor.ProcessAsync(message, cancellationToken))
            {
                logger.LogWarning("Message on {Queue} is not a chunk ticket; dropped: {Message}", ChunkTicket.Queue, message);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping. Rethrown, the failure would be logged with its stack and count toward the ticket's
            // poison threshold; instead the ticket goes back on the queue and this invocation ends quietly.
            await processor.RequeueAsync(message);
            logger.LogWarning("Stopped while processing {Chunk}: its ticket is queued again", ticket is null ? "a chunk" : $"chunk {ticket.Chunk} of {ticket.Input}");
        }
    }
}
