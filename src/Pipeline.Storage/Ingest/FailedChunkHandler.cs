using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The end of a chunk's poison path: a chunk that failed on every try has each of its records rejected with the last
/// failure's reason, and is counted done, so its input's report still completes and names every record.
/// </summary>
public sealed class FailedChunkHandler(ChunkWorkStore work, InputProgress progress, TimeProvider time)
{
    /// <summary>Handles one poison message; false when it is not a chunk ticket.</summary>
    public async Task<bool> HandleAsync(string message, CancellationToken cancellationToken)
    {
        if (ChunkTicket.TryParse(message) is not { } ticket)
        {
            return false;
        }

        var stats = new IngestStats(time);
        var reason = $"failed on every retry of the chunk: {await work.ReadFailureAsync(ticket, cancellationToken) ?? "no failure recorded"}";
        IReadOnlyList<string> keys;
        try
        {
            if (await work.ReadRecordsAsync(ticket, cancellationToken) is not { } records)
            {
                return true;
            }

            keys = records.Select(r => r.Key).ToList();
        }
        catch (InvalidDataException e)
        {
            // The chunk itself is damaged, so its records' keys are lost with it: one line stands for all of them.
            keys = [$"chunk {ticket.Chunk}"];
            reason += $" (the chunk could not be read back: {e.Message})";
        }

        var outcomes = keys.Select(key => new RecordOutcome(key, RecordStatus.Rejected, Reason: reason)).ToList();
        var result = new ChunkResult(new ChunkInfo(ticket.Chunk, keys.Count, HostIdentity.Name, TimeSpan.Zero), outcomes, new SortedSet<string>());
        await work.WriteResultAsync(ticket, result, cancellationToken);
        await progress.RecordChunkAsync(ticket, result, stats, cancellationToken);
        return true;
    }
}
