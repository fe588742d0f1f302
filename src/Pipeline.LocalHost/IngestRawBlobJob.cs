using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Ingest;

namespace Pipeline.LocalHost;

/// <summary>The local twin of the function app's trigger: same container, same binding, same processor.</summary>
public sealed class IngestRawBlobJob(RawBlobProcessor processor, InFlightInputs inFlight, ILogger<IngestRawBlobJob> logger)
{
    [FunctionName("IngestRawBlob")]
    public async Task RunAsync([BlobTrigger(RawContainerPath.Trigger, Connection = "AzureWebJobsStorage")] BlobClient blob, CancellationToken cancellationToken)
    {
        using var tracked = inFlight.Track(blob.Name);
        logger.LogInformation("Ingesting {Blob}", blob.Name);
        try
        {
            var report = await processor.ProcessAsync(blob, cancellationToken);
            logger.LogInformation("Ingested {Blob}: {Status}, {Written} written, {Duplicates} duplicate, {Rejected} rejected", blob.Name, report.Status,
                report.Counts.Written,
                report.Counts.Duplicate,
                report.Counts.Rejected);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping. Rethrown, WebJobs would log a failure with a stack trace; returned, it logs a success,
            // so its invocation log is off (appsettings.json) and this job's own lines tell. No report exists for this
            // version of the blob, so the next start's missed-input sweep ingests it again.
            logger.LogWarning("Stopped while ingesting {Blob}: no report written; it is ingested again, from its first record, after the next start", blob.Name);
        }
    }
}
