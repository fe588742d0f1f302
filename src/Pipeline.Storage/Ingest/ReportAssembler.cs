using Azure;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Ingest;
using Pipeline.Core.Reading;
using Pipeline.Storage.Blobs;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Turns a chunked input's processing report, once every chunk is done, into its final report: the record list read
/// back chunk by chunk in input order and streamed out (never all in memory), the status processed (or quarantined when
/// the input turned out unreadable part-way), written with <c>If-Match</c> so it happens once. Then the run's work
/// blobs are deleted.
/// </summary>
public sealed class ReportAssembler(BlobReportSink reports, ChunkWorkStore work, ReaderOptions reader, IDocumentWithdrawals withdrawals, TimeProvider time)
{
    /// <summary>The final report, or null when the processing report changed since <paramref name="etag"/> (read it again).</summary>
    public async Task<IngestReport?> TryCompleteAsync(IngestReport processing, ETag etag, CancellationToken cancellationToken)
    {
        var chunks = processing.Chunks ?? throw new ArgumentException("not a chunked input's report", nameof(processing));
        var total = chunks.Total ?? throw new ArgumentException("the input is still being cut into chunks", nameof(processing));

        // Every chunk's documents are written: what only older versions of the input produced can go now.
        var stats = new IngestStats(time);
        WithdrawalSummary withdrawal;
        using (stats.Enter(IngestStage.Withdraw))
        {
            withdrawal = await withdrawals.WithdrawSupersededAsync(processing.Input, cancellationToken);
        }

        // Counted ahead: one read per chunk result and the report's own write (deleting the work blobs after is not).
        var final = processing with
        {
            Withdrawal = withdrawal.IsEmpty ? null : withdrawal,
            Status = processing.Reason is null ? InputStatus.Processed : InputStatus.Quarantined,
            Duration = time.GetUtcNow() - processing.StartedAt,
            Stages = IngestStats.Sum(IngestStats.Sum(processing.Stages, stats.Snapshot()), new Dictionary<IngestStage, StageTally> { [IngestStage.Report] = new(TimeSpan.Zero, total + 1) }),
        };
        if (!await reports.TryReplaceAsync(final, ListedOutcomesAsync(chunks.Run, total, cancellationToken), etag, cancellationToken))
        {
            return null;
        }

        await work.DeleteRunAsync(chunks.Run, cancellationToken);
        return final;
    }

    /// <summary>Every record up to MaxListedRecords, then only duplicates and rejections: the same listing as an input processed in one piece.</summary>
    private async IAsyncEnumerable<RecordOutcome> ListedOutcomesAsync(string run, int total, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listed = 0;
        for (var chunk = 0; chunk < total; chunk++)
        {
            if (await work.ReadResultAsync(run, chunk, cancellationToken) is not { } result)
            {
                yield return new RecordOutcome($"chunk {chunk}", RecordStatus.Rejected, Reason: "the chunk's outcomes were lost before the report was assembled");
                continue;
            }

            foreach (var outcome in result.Outcomes)
            {
                if (listed++ < reader.MaxListedRecords || outcome.Status != RecordStatus.Written)
                {
                    yield return outcome;
                }
            }
        }
    }
}
