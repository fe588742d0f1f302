using System.Collections.Concurrent;

namespace Pipeline.Core.Dedup;

/// <summary>The near-duplicate store for one process (the offline CLI's batch, tests, benchmarks).</summary>
public sealed class InMemoryNearDuplicateStore : INearDuplicateStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, (NearDuplicateEntry Entry, long Order)>> bands = new(StringComparer.Ordinal);
    private long commits;

    public Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
    {
        var found = new List<NearDuplicateRow>();
        foreach (var key in bandKeys)
        {
            if (bands.TryGetValue(key, out var rows))
            {
                found.AddRange(rows.Select(r => new NearDuplicateRow(key, r.Value.Entry, r.Value.Order)));
            }
        }

        // By article id within a band: the order a table store returns rows in (RowKey), so both stores behave alike.
        IReadOnlyList<NearDuplicateRow> ordered = found.OrderBy(r => r.BandKey, StringComparer.Ordinal).ThenBy(r => r.Entry.ArticleId, StringComparer.Ordinal).ToList();
        return Task.FromResult(ordered);
    }

    public Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken)
    {
        foreach (var key in bandKeys)
        {
            bands.GetOrAdd(key, _ => new(StringComparer.Ordinal)).TryAdd(entry.ArticleId, (entry, Interlocked.Increment(ref commits)));
        }

        return Task.CompletedTask;
    }

    public Task ReplaceAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken)
    {
        foreach (var key in bandKeys)
        {
            bands.GetOrAdd(key, _ => new(StringComparer.Ordinal))[entry.ArticleId] = (entry, Interlocked.Increment(ref commits));
        }

        return Task.CompletedTask;
    }
}
