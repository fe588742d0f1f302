using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup;

/// <summary>
/// The near-duplicate store for one process (the offline CLI's batch, tests, benchmarks). Every article has 25 band
/// keys, so rows are compact: a band key is a 64-bit number (its own hash when it is an <see cref="LshBandKeys"/> key,
/// else a hash of the string) in a <see cref="BandKeyTable"/>, a row is a struct in one array chained per key, and an
/// entry is shared by its rows.
/// A collision of two 64-bit keys (p ≈ 2⁻⁶⁴ per pair) would only add a candidate that verification then rejects.
/// </summary>
public sealed class InMemoryNearDuplicateStore : INearDuplicateStore
{
    private readonly Lock gate = new();
    private readonly BandKeyTable heads = new();
    private readonly List<NearDuplicateEntry> entries = [];
    private BandRow[] rows = new BandRow[1024];
    private int rowCount;
    private long commits;

    public Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
    {
        var found = new List<NearDuplicateRow>();
        lock (gate)
        {
            foreach (var key in bandKeys)
            {
                for (var row = heads.Find(Number(key)); row >= 0; row = rows[row].Next)
                {
                    found.Add(new NearDuplicateRow(key, entries[rows[row].Entry], rows[row].Order));
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
                var head = heads.Find(number);
                var row = head;
                while (row >= 0 && entries[rows[row].Entry].ArticleId != entry.ArticleId)
                {
                    row = rows[row].Next;
                }

                if (row >= 0 && !replace)
                {
                    // Insert-if-absent: a row already there is kept as it is.
                    continue;
                }

                if (index < 0)
                {
                    index = entries.Count;
                    entries.Add(entry);
                }

                if (row >= 0)
                {
                    rows[row].Entry = index;
                    rows[row].Order = ++commits;
                    continue;
                }

                if (rowCount == rows.Length)
                {
                    Array.Resize(ref rows, rows.Length * 2);
                }

                rows[rowCount] = new BandRow { Entry = index, Next = head, Order = ++commits };
                heads.SetHead(number, rowCount++);
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
