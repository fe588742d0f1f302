using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Polly;

namespace Pipeline.Storage.Blobs;

/// <summary>
/// Writes the account of each input to <c>ingest-reports/{input}.json</c>. The input's ETag and the status are also
/// blob metadata, so a listing tells which inputs have a settled report without reading each one.
/// </summary>
public sealed class BlobReportSink(BlobContainerClient reports, ResiliencePipeline resilience) : IReportSink
{
    public const string InputETagKey = "inputetag";
    public const string StatusKey = "status";

    private static readonly BlobHttpHeaders Headers = new() { ContentType = "application/json; charset=utf-8" };

    public async Task WriteAsync(IngestReport report, CancellationToken cancellationToken)
    {
        var bytes = BinaryData.FromBytes(IngestReportSerializer.Serialize(report));
        var blob = reports.GetBlobClient(BlobNames.Report(report.Input.Name));
        await resilience.ExecuteAsync(
            async ct => await blob.UploadAsync(bytes, new BlobUploadOptions { HttpHeaders = Headers, Metadata = Metadata(report) }, ct),
            cancellationToken);
    }

    private static Dictionary<string, string> Metadata(IngestReport report) => new()
    {
        [InputETagKey] = report.Input.ETag?.Trim('"') ?? "",
        [StatusKey] = IngestReportSerializer.Lower(report.Status),
    };
}
