using Pipeline.Core.Ingest.Reports;
using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Pipeline.Storage.Blobs;

namespace Pipeline.Console.Storage;

/// <summary>
/// The inputs: what is in <c>raw</c> and what the reports say. Reports are read again only when their blob changed
/// (a listing gives each one's ETag), so a page costs two listings and the reads of what changed.
/// </summary>
public sealed class InputCatalog(ConsoleContainers containers)
{
    public const int MaxRecordsShown = 2000;

    private readonly ConcurrentDictionary<string, (ETag ETag, IngestReport Report)> reports = new(StringComparer.Ordinal);

    public async Task<List<InputSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var blob in ContainerListing.ListAsync(containers.Raw, BlobTraits.None, cancellationToken))
        {
            raw[blob.Name] = blob.Properties.ETag?.ToString() ?? "";
        }

        var reported = new Dictionary<string, (string?, IngestReport)>(StringComparer.Ordinal);
        await foreach (var blob in ContainerListing.ListAsync(containers.Reports, BlobTraits.Metadata, cancellationToken))
        {
            if (!blob.Name.EndsWith(".json", StringComparison.Ordinal) || blob.Properties.ETag is not { } etag)
            {
                continue;
            }

            var input = blob.Name[..^".json".Length];
            if (await SummaryAsync(blob.Name, etag, cancellationToken) is { } report)
            {
                reported[input] = (blob.Metadata?.TryGetValue(BlobReportSink.InputETagKey, out var inputETag) == true ? inputETag : report.Input.ETag, report);
            }
        }

        return InputStatusResolver.Resolve(raw, reported);
    }

    /// <summary>One input with the records its report lists; null when it is neither in <c>raw</c> nor reported.</summary>
    public async Task<InputDetails?> DetailsAsync(string name, CancellationToken cancellationToken)
    {
        var summary = (await ListAsync(cancellationToken)).FirstOrDefault(i => i.Name == name);
        if (summary is null)
        {
            return null;
        }

        try
        {
            var content = await containers.Reports.GetBlobClient(BlobNames.Report(name)).DownloadContentAsync(cancellationToken);
            var (records, listed) = ReportRecords.Read(content.Value.Content.ToMemory(), MaxRecordsShown);
            return new InputDetails(summary, records, listed);
        }
        catch (Exception e) when (e is RequestFailedException { Status: 404 } or JsonException)
        {
            return new InputDetails(summary, [], 0);
        }
    }

    private async Task<IngestReport?> SummaryAsync(string blobName, ETag etag, CancellationToken cancellationToken)
    {
        if (reports.TryGetValue(blobName, out var cached) && cached.ETag == etag)
        {
            return cached.Report;
        }

        try
        {
            var content = await containers.Reports.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            var report = IngestReportReader.Read(content.Value.Content.ToMemory());
            reports[blobName] = (content.Value.Details.ETag, report);
            return report;
        }
        catch (Exception e) when (e is RequestFailedException { Status: 404 } or JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Deleted since the listing, or not a report: not an input of ours.
            return null;
        }
    }
}
