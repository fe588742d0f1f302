using System.Collections.Concurrent;

namespace Pipeline.Core.Dedup;

/// <summary>The near-duplicate store for one process (the offline CLI's batch, tests, benchmarks).</summary>
public sealed class InMemoryNearDuplicateStore : INearDuplicateStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, NearDuplicateEntry>> bands = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<NearDuplicateEntry>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, NearDuplicateEntry>(StringComparer.Ordinal);
        foreach (var key in bandKeys)
        {
            if (bands.TryGetValue(key, out var rows))
            {
                foreach (var (id, entry) in rows)
                {
                    found.TryAdd(id, entry);
                }
            }
        }

        // By article id: the order a table store returns rows in (RowKey), so both stores behave alike.
        IReadOnlyList<NearDuplicateEntry> entries = found.Values.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ToList();
        return Task.FromResult(entries);
    }

    public Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken)
    {
        foreach (var key in bandKeys)
        {
            bands.GetOrAdd(key, _ => new(StringComparer.Ordinal)).TryAdd(entry.ArticleId, entry);
        }

        return Task.CompletedTask;
    }
}
