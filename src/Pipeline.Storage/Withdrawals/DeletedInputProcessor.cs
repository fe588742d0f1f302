using Azure;
using Azure.Storage.Blobs;
using Pipeline.Core.Dedup;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Blobs;
using Polly;

namespace Pipeline.Storage.Withdrawals;

/// <summary>
/// What a deleted raw blob sets off, whoever noticed it (the local host's sweep, an Event Grid <c>BlobDeleted</c> event,
/// <c>pipeline forget</c>): everything the input produced is withdrawn, copies in other inputs promoted in its place,
/// and its report says <c>deleted</c> with what went and what was promoted. The report stays (it is never silently
/// removed), keeping the input's counts. A blob that still exists is left alone: a late or repeated event changes nothing.
/// </summary>
public sealed class DeletedInputProcessor(BlobContainerClient raw, BlobReportSink reports, IDocumentWithdrawals withdrawals, ResiliencePipeline resilience, TimeProvider time)
{
    /// <returns>The input's new report; null when the blob still exists (nothing to do).</returns>
    public async Task<IngestReport?> ProcessAsync(string name, CancellationToken cancellationToken)
    {
        if (await resilience.ExecuteAsync(async ct => (await raw.GetBlobClient(name).ExistsAsync(ct)).Value, cancellationToken))
        {
            return null;
        }

        var startedAt = time.GetUtcNow();
        var stats = new IngestStats(time);
        var previous = await reports.ReadAsync(name, cancellationToken);
        var input = previous?.Report.Input ?? new InputRef(raw.Name, name);
        Core.Dedup.Shared.WithdrawalSummary withdrawal;
        using (stats.Enter(IngestStage.Withdraw))
        {
            withdrawal = await withdrawals.WithdrawAllAsync(input, cancellationToken);
        }

        stats.Add(IngestStage.Report, new StageTally(TimeSpan.Zero, 1));
        var report = new IngestReport
        {
            Input = input,
            Status = InputStatus.Deleted,
            Format = previous?.Report.Format,
            StartedAt = startedAt,
            Duration = time.GetUtcNow() - startedAt,
            Counts = previous?.Report.Counts ?? new RecordCounts(0, 0, 0),
            Stages = stats.Snapshot(),
            Withdrawal = withdrawal,
        };
        if (previous is { } known)
        {
            // Only over the report read: a newer version written meanwhile has its own report, left as it is.
            return await reports.TryReplaceAsync(report, known.ETag, cancellationToken) ? report : null;
        }

        await reports.WriteAsync(report, cancellationToken);
        return report;
    }
}
