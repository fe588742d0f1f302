using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingest;

namespace Pipeline.LocalHost;

/// <summary>The local twin of the function app's trigger: same container, same binding, same processor.</summary>
public sealed class IngestRawBlobJob(RawBlobProcessor processor, ILogger<IngestRawBlobJob> logger)
{
    [FunctionName("IngestRawBlob")]
    public async Task RunAsync([BlobTrigger("raw/{name}", Connection = "AzureWebJobsStorage")] BlobClient blob, CancellationToken cancellationToken)
    {
        var report = await processor.ProcessAsync(blob, cancellationToken);
        logger.LogInformation("Ingested {Blob}: {Status}, {Written} written, {Duplicates} duplicate, {Rejected} rejected", blob.Name, report.Status,
            report.Counts.Written,
            report.Counts.Duplicate,
            report.Counts.Rejected);
    }
}
