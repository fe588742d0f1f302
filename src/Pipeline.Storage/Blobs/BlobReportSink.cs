using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Polly;

namespace Pipeline.Storage.Blobs;

/// <summary>Writes the account of each input to <c>ingest-reports/{input}.json</c>.</summary>
public sealed class BlobReportSink(BlobContainerClient reports, ResiliencePipeline resilience) : IReportSink
{
    private static readonly BlobHttpHeaders Headers = new() { ContentType = "application/json; charset=utf-8" };

    public async Task WriteAsync(IngestReport report, CancellationToken cancellationToken)
    {
        var bytes = BinaryData.FromBytes(IngestReportSerializer.Serialize(report));
        var blob = reports.GetBlobClient(BlobNames.Report(report.Input.Name));
        await resilience.ExecuteAsync(
            async ct => await blob.UploadAsync(bytes, new BlobUploadOptions { HttpHeaders = Headers }, ct),
            cancellationToken);
    }
}
