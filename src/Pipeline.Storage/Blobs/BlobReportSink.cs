using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Polly;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Storage.Blobs;

/// <summary>
/// The account of each input in <c>ingest-reports/{input}.json</c>. The input's ETag and the status are also blob
/// metadata, so a listing tells which inputs have a settled report without reading each one. A chunked input's
/// report is also where its progress lives while hosts work through it, updated only with <c>If-Match</c>: of two hosts
/// updating it at once one retries, and no late progress update can overwrite the finished report.
/// </summary>
public sealed class BlobReportSink(BlobContainerClient reports, ResiliencePipeline resilience) : IReportSink
{
    public const string InputETagKey = "inputetag";
    public const string StatusKey = "status";

    /// <summary>"true" while a chunked input is still being cut into chunks (its report gives no total yet).</summary>
    public const string PlanningKey = "planning";

    private static readonly BlobHttpHeaders Headers = new() { ContentType = "application/json; charset=utf-8" };

    public async Task WriteAsync(IngestReport report, CancellationToken cancellationToken) =>
        await UploadAsync(report, BinaryData.FromBytes(IngestReportSerializer.Serialize(report)), conditions: null, cancellationToken);

    /// <summary>The report and its blob's ETag, or null when the input has no report (or a file there is not one).</summary>
    public async Task<(IngestReport Report, ETag ETag)?> ReadAsync(string inputName, CancellationToken cancellationToken)
    {
        try
        {
            // Streamed past its record list: a final report of a dump of millions of records is ~100 MB.
            return await resilience.ExecuteAsync(
                async ct =>
                {
                    var download = await Blob(inputName).DownloadStreamingAsync(cancellationToken: ct);
                    await using var content = download.Value.Content;
                    return ((IngestReport Report, ETag ETag)?)(await IngestReportReader.ReadAsync(content, ct), download.Value.Details.ETag);
                },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Replaces the report only if it is still the version read (<paramref name="ifMatch"/>); false when it changed meanwhile.</summary>
    public async Task<bool> TryReplaceAsync(IngestReport report, ETag ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            await UploadAsync(report, BinaryData.FromBytes(IngestReportSerializer.Serialize(report)), new BlobRequestConditions { IfMatch = ifMatch }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 409)
        {
            return false;
        }
    }

    /// <summary>
    /// As <see cref="TryReplaceAsync(IngestReport, ETag, CancellationToken)"/>, with the record list streamed from
    /// <paramref name="records"/> through a temporary file: a report of millions of records is never in memory whole.
    /// </summary>
    public async Task<bool> TryReplaceAsync(IngestReport report, IAsyncEnumerable<RecordOutcome> records, ETag ifMatch, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await IngestReportSerializer.SerializeAsync(report, records, file, cancellationToken);
        try
        {
            await resilience.ExecuteAsync(
                async ct =>
                {
                    file.Position = 0;
                    await Blob(report.Input.Name).UploadAsync(file, Options(report, new BlobRequestConditions { IfMatch = ifMatch }), ct);
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 409)
        {
            return false;
        }
    }

    private async Task UploadAsync(IngestReport report, BinaryData bytes, BlobRequestConditions? conditions, CancellationToken cancellationToken) =>
        await resilience.ExecuteAsync(async ct => await Blob(report.Input.Name).UploadAsync(bytes, Options(report, conditions), ct), cancellationToken);

    private BlobClient Blob(string inputName) => reports.GetBlobClient(BlobNames.Report(inputName));

    private static BlobUploadOptions Options(IngestReport report, BlobRequestConditions? conditions) => new()
    {
        HttpHeaders = Headers,
        Conditions = conditions,
        Metadata = new Dictionary<string, string>
        {
            [InputETagKey] = report.Input.ETag?.Trim('"') ?? "",
            [StatusKey] = IngestReportSerializer.Lower(report.Status),
            [PlanningKey] = report is { Status: InputStatus.Processing, Chunks.Total: null } ? "true" : "false",
        },
    };
}
