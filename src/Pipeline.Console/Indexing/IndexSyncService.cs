using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Pipeline.Console.Storage;
using Pipeline.Core.Ingest;
using Pipeline.Search.Indexing;
using Pipeline.Search.Syncing;

namespace Pipeline.Console.Indexing;

/// <summary>
/// Keeps the search index a copy of the documents container. Two loops: one lists <c>ingest-reports</c> every
/// <see cref="ConsoleOptions.ReportPollInterval"/> and indexes the documents of each input that just finished (a few point
/// reads, whatever the corpus holds: what makes a new document searchable within a second or two); the other lists
/// <c>normalized</c> whole, over and over, and fetches what is new or changed and deletes what is gone (documents
/// withdrawn, promoted or deleted by hand; everything, when the index folder was deleted).
/// </summary>
public sealed class IndexSyncService(
    ArticleIndex index,
    IndexState state,
    ConsoleContainers containers,
    DocumentStore documents,
    IOptions<ConsoleOptions> options,
    TimeProvider time,
    ILogger<IndexSyncService> logger) : BackgroundService
{
    private const int FetchConcurrency = 32;
    private const int RefreshEvery = 5_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var (id, etag) in index.Versions())
        {
            state.Versions[id] = new IndexedVersion(etag, DateTimeOffset.MinValue);
        }

        logger.LogInformation("Search index opened with {Count} documents; syncing with the documents container", state.Versions.Count);
        await Task.WhenAll(ListingLoopAsync(stoppingToken), ReportLoopAsync(stoppingToken));
    }

    private async Task ListingLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var started = time.GetUtcNow();
                var listed = await documents.ListAsync(cancellationToken);
                var listing = time.GetUtcNow() - started;
                logger.LogDebug("Listed {Count} documents in {Seconds:F1} s", listed.Count, listing.TotalSeconds);
                var diff = CorpusDiff.Of(state.Versions, listed, started);
                var fetched = await FetchAsync(diff.ToFetch, cancellationToken);
                foreach (var id in diff.ToDelete)
                {
                    index.Delete(id);
                    state.Versions.TryRemove(id, out _);
                }

                if (fetched > 0 || diff.ToDelete.Count > 0)
                {
                    index.Refresh();
                    index.Commit();
                    logger.LogInformation("Search index: {Fetched} documents indexed, {Deleted} removed; {Count} in all", fetched, diff.ToDelete.Count, state.Versions.Count);
                }

                state.LastListingAt = started;
                // The listing's time alone: fetching what changed (a whole rebuild) says nothing about the next listing.
                state.LastListingDuration = listing;
                state.Synced = true;
                state.LastError = null;
                // A big container takes long to list: pause at least twice as long, so listing takes at most a third of the time.
                await Task.Delay(TimeSpan.FromTicks(Math.Max(options.Value.FullListingInterval.Ticks, state.LastListingDuration.Ticks * 2)), time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Storage down or slow (the SDK's own timeout is a cancellation too): keep what was indexed, try again.
                index.Refresh();
                state.LastError = e.Message;
                logger.LogWarning("Listing the documents container failed ({Message}); trying again", e.Message);
                await DelayQuietlyAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    private async Task ReportLoopAsync(CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, ETag>(StringComparer.Ordinal);
        var first = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var finished = new List<string>();
                await foreach (var blob in ContainerListing.ListAsync(containers.Reports, BlobTraits.Metadata, cancellationToken))
                {
                    if (blob.Properties.ETag is not { } etag || (seen.TryGetValue(blob.Name, out var known) && known == etag))
                    {
                        continue;
                    }

                    seen[blob.Name] = etag;
                    // The reports there at start are covered by the first full listing.
                    if (!first && (blob.Metadata?.TryGetValue(Pipeline.Storage.Blobs.BlobReportSink.StatusKey, out var status) == true ? status : null) == "processed")
                    {
                        finished.Add(blob.Name);
                    }
                }

                first = false;
                var ids = new List<string>();
                foreach (var report in finished)
                {
                    ids.AddRange(await WrittenIdsAsync(report, cancellationToken));
                }

                if (await FetchAsync(ids.Distinct().ToList(), cancellationToken) > 0)
                {
                    index.Refresh();
                }

                await Task.Delay(options.Value.ReportPollInterval, time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Listing the reports failed ({Message}); trying again", e.Message);
                await DelayQuietlyAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    private async Task<List<string>> WrittenIdsAsync(string reportBlob, CancellationToken cancellationToken)
    {
        try
        {
            var content = await containers.Reports.GetBlobClient(reportBlob).DownloadContentAsync(cancellationToken);
            var (records, _) = ReportRecords.Read(content.Value.Content.ToMemory(), int.MaxValue);
            return records.Where(r => r.Status == RecordStatus.Written && r.Id is not null).Select(r => r.Id!).ToList();
        }
        catch (Exception e) when (e is RequestFailedException { Status: 404 } or JsonException)
        {
            return [];
        }
    }

    /// <summary>Indexes the current version of each document (deleting those gone meanwhile); returns how many changed.</summary>
    private async Task<int> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var changed = 0;
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = FetchConcurrency, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            var document = await documents.GetAsync(id, ct);
            if (document is null)
            {
                if (state.Versions.TryRemove(id, out _))
                {
                    index.Delete(id);
                    Interlocked.Increment(ref changed);
                }

                return;
            }

            if (state.Versions.TryGetValue(id, out var known) && known.ETag == document.ETag)
            {
                return;
            }

            try
            {
                index.Upsert(ArticleJson.Read(document.Content.ToMemory().Span, document.ETag));
                if (Interlocked.Increment(ref changed) % RefreshEvery == 0)
                {
                    index.Refresh(); // a rebuild of a big container becomes searchable as it goes
                }
            }
            catch (JsonException e)
            {
                logger.LogWarning("normalized/{Id}.json is not a v1 document ({Message}); not indexed", id, e.Message);
            }

            state.Versions[id] = new IndexedVersion(document.ETag, time.GetUtcNow());
        });
        return changed;
    }

    private static async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
