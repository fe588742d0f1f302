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
/// says it is still being cut into chunks, or that an attempt failed, and has not changed for <paramref name="staleAfter"/>
/// (its planner was cut short by a stop, or the trigger's retry was lost in a storage outage; planning it again resumes
/// the run), or whose chunks stopped coming in while no ticket waits on the chunk queue (a ticket whose receipt was
/// lost with storage stays invisible for the trigger's 10 minutes; planning again queues the chunks not done, and a
/// ticket that comes back later finds its chunk done). Processing is idempotent, so a blob the trigger delivers at
/// the same moment is not harmed. A report whose raw blob is gone is an input deleted: its documents are withdrawn
/// and its report says so (<see cref="DeletedInputProcessor"/>). Each sweep lists inputs and reports, never documents,
/// so its cost grows with the number of inputs only.
/// </summary>
public sealed class MissedInputSweeper(
    BlobContainerClient raw, BlobContainerClient reports, RawBlobProcessor processor, DeletedInputProcessor deletions, ChunkQueue chunks, TimeSpan staleAfter, TimeProvider time)
{
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
        bool? ticketsWaiting = null;
        await foreach (var report in reports.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            var status = report.Metadata.TryGetValue(BlobReportSink.StatusKey, out var state) ? state : null;
            if (status != "deleted")
            {
                live.Add(report.Name);
            }

            // Left for good, once nobody has touched it for a while: a report still being cut into chunks (the planner
            // was stopped), a failed attempt (the trigger's retry was lost with storage, so no retry and no poison
            // follow), or a run whose chunks stopped coming in with no ticket waiting (a ticket's receipt was lost).
            var planning = report.Metadata.TryGetValue(BlobReportSink.PlanningKey, out var cutting) && cutting == "true";
            var abandoned = report.Properties.LastModified < now - staleAfter
                && (planning || status == "failed"
                    || (status == "processing" && !(ticketsWaiting ??= await chunks.HasWaitingTicketsAsync(cancellationToken))));
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
