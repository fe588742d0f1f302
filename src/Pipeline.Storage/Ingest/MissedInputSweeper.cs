using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Withdrawals;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Finds raw inputs the trigger never delivered: a polling blob trigger is best effort and, after a storage outage,
/// can skip blobs whose scan was cut short. Lists <c>raw</c> and the reports (ETag and status are report metadata),
/// and runs every input that is older than the grace period and has no report for its current ETag, or whose report
/// says it is still being cut into chunks, or that an attempt failed, and has not changed for <see cref="StalePlanning"/>
/// (its planner was cut short by a stop, or the trigger's retry was lost in a storage outage; planning it again resumes
/// the run). Processing is idempotent, so a blob the trigger delivers at
/// the same moment is not harmed. A report whose raw blob is gone is an input deleted: its documents are withdrawn
/// and its report says so (<see cref="DeletedInputProcessor"/>). Each sweep lists inputs and reports, never documents,
/// so its cost grows with the number of inputs only.
/// </summary>
public sealed class MissedInputSweeper(BlobContainerClient raw, BlobContainerClient reports, RawBlobProcessor processor, DeletedInputProcessor deletions, TimeProvider time)
{
    /// <summary>How long a report may say "being cut into chunks" or "failed" without a change before nobody is taken to be working on it.</summary>
    public static readonly TimeSpan StalePlanning = TimeSpan.FromMinutes(2);

    /// <param name="track">Called as each input is started; disposing what it returns marks the input done (a host's in-flight registry).</param>
    public async Task<IReadOnlyList<IngestReport>> SweepAsync(TimeSpan grace, CancellationToken cancellationToken, Func<string, IDisposable>? track = null)
    {
        if (!await raw.ExistsAsync(cancellationToken) || !await reports.ExistsAsync(cancellationToken))
        {
            return [];
        }

        var reported = new Dictionary<string, string>(StringComparer.Ordinal);
        var live = new HashSet<string>(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        await foreach (var report in reports.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            if (!(report.Metadata.TryGetValue(BlobReportSink.StatusKey, out var status) && status == "deleted"))
            {
                live.Add(report.Name);
            }

            // Left for good: a report still being cut into chunks, or a failed attempt, that nobody has touched for a
            // while (the planner was stopped; the trigger's retry was lost with storage, so no retry and no poison follow).
            var unfinished = (report.Metadata.TryGetValue(BlobReportSink.PlanningKey, out var planning) && planning == "true")
                || (report.Metadata.TryGetValue(BlobReportSink.StatusKey, out var state) && state == "failed");
            var abandoned = unfinished && report.Properties.LastModified < now - StalePlanning;
            if (report.Metadata.TryGetValue(BlobReportSink.InputETagKey, out var etag) && !abandoned)
            {
                reported[report.Name] = etag;
            }
        }

        var swept = new List<IngestReport>();
        var cutoff = now - grace;
        await foreach (var input in raw.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            live.Remove(BlobNames.Report(input.Name));
            var settled = reported.TryGetValue(BlobNames.Report(input.Name), out var etag) && etag == input.Properties.ETag?.ToString().Trim('"');
            if (!settled && input.Properties.LastModified < cutoff)
            {
                using var tracked = track?.Invoke(input.Name);
                swept.Add(await processor.ProcessAsync(raw.GetBlobClient(input.Name), cancellationToken));
            }
        }

        // Reports left without a raw blob: inputs deleted since they were processed.
        foreach (var report in live.Where(r => r.EndsWith(".json", StringComparison.Ordinal)))
        {
            if (await deletions.ProcessAsync(report[..^".json".Length], cancellationToken) is { } deleted)
            {
                swept.Add(deleted);
            }
        }

        return swept;
    }
}
