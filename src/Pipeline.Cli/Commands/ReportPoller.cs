using Azure.Storage.Blobs;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Resilience;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Reads an input's report for a command that waits on it. A read that storage does not answer (Azurite busy for
/// minutes with its own blob garbage collection over hundreds of thousands of blobs, an outage longer than the
/// retries) is one poll without news, not the end of the wait: the caller's own timeout decides when to give up.
/// </summary>
public static class ReportPoller
{
    /// <summary>Whether storage answered, and the report (null when the input has none yet).</summary>
    public static async Task<(bool Answered, IngestReport? Report)> TryReadAsync(BlobReportSink reports, string inputName, CancellationToken cancellationToken)
    {
        try
        {
            return (true, (await reports.ReadAsync(inputName, cancellationToken))?.Report);
        }
        catch (Exception e) when (StorageResilience.IsTransientAfterRetries(e, cancellationToken))
        {
            return (false, null);
        }
    }

    /// <summary>The report's whole JSON, record list included, or null when storage does not answer.</summary>
    public static async Task<BinaryData?> TryReadJsonAsync(BlobContainerClient reportsContainer, string inputName, CancellationToken cancellationToken)
    {
        try
        {
            return (await reportsContainer.GetBlobClient(BlobNames.Report(inputName)).DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (Exception e) when (StorageResilience.IsTransientAfterRetries(e, cancellationToken))
        {
            return null;
        }
    }
}
