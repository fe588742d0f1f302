using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup;

/// <summary>
/// The near-duplicate store for one process (the offline CLI's batch, tests, benchmarks). Every article has 25 band
/// keys, so rows are compact: a band key is a 64-bit number (its own hash when it is an <see cref="LshBandKeys"/> key,
/// else a hash of the string), a row is one slot of a <see cref="BandKeyTable"/> pointing at an entry, and an entry,
/// with its commit order, is shared by the rows one write made. A collision of two 64-bit keys (p ≈ 2⁻⁶⁴ per pair)
/// would only add a candidate that verification then rejects.
/// </summary>
/// <remarks>
/// One write gives all its rows one order: orders are compared within a band key only, where a write makes one row.
/// </remarks>
public sealed class InMemoryNearDuplicateStore : INearDuplicateStore
{
    private readonly Lock gate = new();
    private readonly BandKeyTable rows = new();
    private readonly List<(NearDuplicateEntry Entry, long Order)> entries = [];
    private long commits;

    public Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
    {
        var found = new List<NearDuplicateRow>();
        lock (gate)
        {
            foreach (var key in bandKeys)
            {
                var number = Number(key);
                for (var slot = rows.Next(number, -1); slot >= 0; slot = rows.Next(number, slot))
                {
                    var (entry, order) = entries[rows.EntryAt(slot)];
                    found.Add(new NearDuplicateRow(key, entry, order));
                }
            }
        }

        // By article id within a band: the order a table store returns rows in (RowKey), so both stores behave alike.
        IReadOnlyList<NearDuplicateRow> ordered = found.OrderBy(r => r.BandKey, StringComparer.Ordinal).ThenBy(r => r.Entry.ArticleId, StringComparer.Ordinal).ToList();
        return Task.FromResult(ordered);
    }

    public Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken)
    {
        Write(bandKeys, entry, replace: false);
        return Task.CompletedTask;
    }

    public Task ReplaceAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken)
    {
        Write(bandKeys, entry, replace: true);
        return Task.CompletedTask;
    }

    private void Write(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, bool replace)
    {
        lock (gate)
        {
            var index = -1;
            foreach (var key in bandKeys)
            {
                var number = Number(key);
                var slot = rows.Next(number, -1);
                while (slot >= 0 && entries[rows.EntryAt(slot)].Entry.ArticleId != entry.ArticleId)
                {
                    slot = rows.Next(number, slot);
                }

                if (slot >= 0 && !replace)
                {
                    // Insert-if-absent: a row already there is kept as it is.
                    continue;
                }

                if (index < 0)
                {
                    index = entries.Count;
                    entries.Add((entry, ++commits));
                }

                if (slot >= 0)
                {
                    rows.SetEntryAt(slot, index);
                }
                else
                {
                    rows.Add(number, index);
                }
            }
        }
    }

    /// <summary>"b07-00ff…" is band 7 and a 64-bit hash already: the band is mixed in so equal hashes in two bands stay apart.</summary>
    private static ulong Number(string key)
    {
        if (key.Length == 20 && key[0] == 'b' && key[3] == '-'
            && byte.TryParse(key.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var band)
            && ulong.TryParse(key.AsSpan(4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash))
        {
            return hash ^ ((band + 1UL) * 0x9E3779B97F4A7C15UL);
        }

        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()));
    }
}
