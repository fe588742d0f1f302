using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Ingest;

namespace Pipeline.Functions;

/// <summary>
/// Blob trigger on <c>raw</c>: binds the blob as a client (dumps can be large: it is streamed, never a string) and runs the pipeline.
/// Event Grid source: Flex Consumption has no container scan; Event Grid posts BlobCreated for raw to this
/// function's blob webhook (infra/app/blob-webhook.bicep). The local WebJobs host keeps polling.
/// </summary>
public sealed class IngestRawBlobFunction(RawBlobProcessor processor, ILogger<IngestRawBlobFunction> logger)
{
    [Function("IngestRawBlob")]
    public async Task RunAsync([BlobTrigger(RawContainerPath.Trigger, Connection = "AzureWebJobsStorage", Source = BlobTriggerSource.EventGrid)] BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var report = await processor.ProcessAsync(blob, cancellationToken);
            logger.LogInformation("Ingested {Blob}: {Status}, {Records} record(s)", blob.Name, report.Status, report.Counts.Total);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host cancelled the invocation (the instance is draining on scale-in or a deployment, or functionTimeout).
            // No report was written for this version of the blob. Rethrown, unlike on the local host (which sweeps on its
            // next start): the failed invocation is what makes the host retry the blob, on any instance.
            logger.LogWarning("Interrupted while ingesting {Blob}: no report written; the host retries it", blob.Name);
            throw;
        }
    }
}
