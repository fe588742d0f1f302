using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// What every host's chunk trigger calls: processes one chunk of a big input with the core's batch path (extract,
/// settle duplicates against the corpus, write documents), keeps its outcomes in the work container and counts it in
/// the input's report; the host whose chunk completes the input assembles the final report. A failed try leaves its
/// reason for the poison handler and rethrows, so the queue retries this chunk alone.
/// </summary>
public sealed class ChunkProcessor(IngestService ingest, ChunkWorkStore work, InputProgress progress, ChunkQueue queue, TimeProvider time)
{
    /// <summary>
    /// Puts the ticket back on the queue, for a host that stops while processing it and would rather not fail the
    /// invocation (a failed one is logged with its stack and counts toward the ticket's poison threshold): any host,
    /// this one after its restart included, takes the chunk again. Not cancellable: it is what a stop does last.
    /// </summary>
    public async Task RequeueAsync(string message)
    {
        if (ChunkTicket.TryParse(message) is { } ticket)
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await queue.SendAsync(ticket, patience.Token);
        }
    }

    /// <summary>Processes the chunk a queue message names; false when the message is not a chunk ticket.</summary>
    public async Task<bool> ProcessAsync(string message, CancellationToken cancellationToken)
    {
        if (ChunkTicket.TryParse(message) is not { } ticket)
        {
            return false;
        }

        var readRecords = true;
        try
        {
            readRecords = await ProcessTicketAsync(ticket, cancellationToken);
            return true;
        }
        finally
        {
            // Here, not inside ProcessTicketAsync: its records and documents live in its state machine until it returns.
            if (readRecords)
            {
                ChunkMemoryRelease.AfterChunk();
            }
        }
    }

    /// <summary>Processes the ticket's chunk; false when it was not read (no longer awaited, or its records are gone).</summary>
    private async Task<bool> ProcessTicketAsync(ChunkTicket ticket, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var stats = new IngestStats(time);
        try
        {
            IReadOnlyList<Core.Reading.RawRecord>? records;
            using (stats.Enter(IngestStage.Read))
            {
                // Not awaited (done already, the run finished, or a newer version replaced it), or its records are gone.
                records = await progress.IsAwaitedAsync(ticket, cancellationToken) ? await work.ReadRecordsAsync(ticket, cancellationToken) : null;
            }

            if (records is null)
            {
                return false;
            }

            var batch = await ingest.ProcessRecordsAsync(records, ticket.InputRef, stats, cancellationToken);
            var result = new ChunkResult(new ChunkInfo(ticket.Chunk, records.Count, HostIdentity.Name, time.GetElapsedTime(started)), batch.Outcomes, batch.Formats) { Removals = batch.Removals };
            using (stats.Enter(IngestStage.Report))
            {
                await work.WriteResultAsync(ticket, result, cancellationToken);
            }

            await progress.RecordChunkAsync(ticket, result, stats, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await work.TryWriteFailureAsync(ticket, e, cancellationToken);
            throw;
        }
    }
}
