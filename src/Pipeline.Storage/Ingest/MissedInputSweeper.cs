using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Blobs;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Finds raw inputs the trigger never delivered: a polling blob trigger is best effort and, after a storage outage,
/// can skip blobs whose scan was cut short. Lists <c>raw</c> and the reports (ETag and status are report metadata),
/// and runs every input that is older than the grace period and has no report for its current ETag.
/// Processing is idempotent, so a blob the trigger delivers at the same moment is not harmed.
/// </summary>
public sealed class MissedInputSweeper(BlobContainerClient raw, BlobContainerClient reports, RawBlobProcessor processor, TimeProvider time)
{
    /// <param name="track">Called as each input is started; disposing what it returns marks the input done (a host's in-flight registry).</param>
    public async Task<IReadOnlyList<IngestReport>> SweepAsync(TimeSpan grace, CancellationToken cancellationToken, Func<string, IDisposable>? track = null)
    {
        if (!await raw.ExistsAsync(cancellationToken) || !await reports.ExistsAsync(cancellationToken))
        {
            return [];
        }

        var reported = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var report in reports.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            if (report.Metadata.TryGetValue(BlobReportSink.InputETagKey, out var etag))
            {
                reported[report.Name] = etag;
            }
        }

        var swept = new List<IngestReport>();
        var cutoff = time.GetUtcNow() - grace;
        await foreach (var input in raw.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var settled = reported.TryGetValue(BlobNames.Report(input.Name), out var etag) && etag == input.Properties.ETag?.ToString().Trim('"');
            if (!settled && input.Properties.LastModified < cutoff)
            {
                using var tracked = track?.Invoke(input.Name);
                swept.Add(await processor.ProcessAsync(raw.GetBlobClient(input.Name), cancellationToken));
            }
        }

        return swept;
    }
}
