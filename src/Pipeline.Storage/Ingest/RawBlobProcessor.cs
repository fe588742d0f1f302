using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Output;
using Pipeline.Storage.Hosting;
using Polly;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// What every host's trigger calls: reads one raw blob (pinned to the ETag it had when processing started, so the
/// report names exactly the bytes read) and runs it through the core <see cref="IngestService"/>. A failed attempt
/// leaves a "failed" report with the reason and rethrows, so the host retries and the poison handler can say why.
/// </summary>
public sealed class RawBlobProcessor(IngestService ingest, IChunkDispatcher fanOut, IReportSink reports, StorageInitializer initializer, ResiliencePipeline resilience, TimeProvider time)
{
    public async Task<IngestReport> ProcessAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var input = new InputRef(blob.BlobContainerName, blob.Name);
        var stats = new IngestStats(time);
        try
        {
            await initializer.EnsureCreatedAsync(cancellationToken);
            Stream content;
            using (stats.Enter(IngestStage.Read))
            {
                var properties = (await resilience.ExecuteAsync(async ct => await blob.GetPropertiesAsync(cancellationToken: ct), cancellationToken)).Value;
                input = input with { ETag = properties.ETag.ToString() };
                var conditions = new BlobRequestConditions { IfMatch = properties.ETag };
                content = await resilience.ExecuteAsync(
                    async ct => await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { Conditions = conditions }, ct),
                    cancellationToken);
            }

            await using (content)
            {
                // A big input is cut into chunks that every host's chunk trigger shares; a small one is processed here.
                return await ingest.ProcessAsync(content, input, fanOut, stats, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A blob deleted since it was listed has nothing to note: its deletion is reported by the withdrawal path,
            // and a note (written without a version) could overwrite the report of a new blob of the same name.
            if (input.ETag is not null || e is not RequestFailedException { Status: 404 })
            {
                await NoteFailureAsync(input, startedAt, e, cancellationToken);
            }

            throw;
        }
    }

    /// <summary>Best effort: when storage itself is down the note can't be written either, and the host's retry still happens.</summary>
    private async Task NoteFailureAsync(InputRef input, DateTimeOffset startedAt, Exception error, CancellationToken cancellationToken)
    {
        try
        {
            await reports.WriteAsync(
                new IngestReport
                {
                    Input = input,
                    Status = InputStatus.Failed,
                    Reason = $"{error.GetType().Name}: {error.Message.Split('\n')[0]}",
                    StartedAt = startedAt,
                    Duration = time.GetUtcNow() - startedAt,
                },
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The original error is what the host must see.
        }
    }
}
