using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Pipeline.Storage.Blobs;
using Polly;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The end of the poison path: an input that failed on every one of the host's tries goes to quarantine with the
/// last failure's reason, and its report says so. Nothing is left only on a queue.
/// </summary>
public sealed class FailedInputQuarantiner(IQuarantine quarantine, IReportSink reports, BlobContainerClient reportsContainer, ResiliencePipeline resilience, TimeProvider time)
{
    public const string PoisonQueue = "webjobs-blobtrigger-poison";

    /// <summary>Handles one poison message; returns false for a message that names no blob (logged by the caller and dropped).</summary>
    public async Task<bool> HandleAsync(string message, CancellationToken cancellationToken)
    {
        if (PoisonMessage.TryParse(message) is not { } poison)
        {
            return false;
        }

        var input = new InputRef(poison.ContainerName, poison.BlobName, poison.ETag);
        var reason = $"failed on every retry of the host: {await LastFailureAsync(poison.BlobName, cancellationToken) ?? "no failure recorded"}";
        var startedAt = time.GetUtcNow();
        try
        {
            await quarantine.QuarantineAsync(input, reason, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            reason += $" (the raw blob is gone or changed since, so no copy was kept: {e.Status})";
        }

        await reports.WriteAsync(
            new IngestReport { Input = input, Status = InputStatus.Quarantined, Reason = reason, StartedAt = startedAt, Duration = TimeSpan.Zero },
            cancellationToken);
        return true;
    }

    private async Task<string?> LastFailureAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var content = await resilience.ExecuteAsync(
                async ct => await reportsContainer.GetBlobClient(BlobNames.Report(blobName)).DownloadContentAsync(ct),
                cancellationToken);
            using var json = JsonDocument.Parse(content.Value.Content.ToMemory());
            return json.RootElement.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
