using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup.Local;

/// <summary>
/// The near-duplicate store for one process: the offline CLI's batch, and each host's copy of the shared corpus
/// (<see cref="Shared.SharedDedupIndex"/>), so the hosts ship it. A batch can hold hundreds of
/// thousands of articles with 25 rows each, so only a directory of the rows stays in memory (<see cref="SpilledRecordTable"/>:
/// about 7 bytes a row) plus an 8-byte offset per entry; rows (band key number, entry) and entries (ids, verdict, signature) go to
/// spill files and are read back only for the few rows a lookup's key actually has. About 0.2 KB of memory per article
/// instead of the 1.1 KB that rows and signatures took in memory.
/// A band key is a 64-bit number (its own hash when it is an <see cref="LshBandKeys"/> key, else a hash of the string);
/// a collision of two such numbers (p ≈ 2⁻⁶⁴ per pair) would only add a candidate that verification then rejects.
/// </summary>
public sealed class LocalNearDuplicateStore : INearDuplicateStore, IDisposable
{
    private const int RowBytes = sizeof(ulong) + sizeof(int);

    private readonly Lock gate = new();
    private readonly SpilledRecordTable rows = new(RowBytes);
    private readonly SpillFile entries = new();
    private readonly List<long> entryOffsets = [];

    public Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
    {
        var found = new List<NearDuplicateRow>();
        lock (gate)
        {
            var read = new Dictionary<int, NearDuplicateEntry>();
            foreach (var key in bandKeys)
            {
                foreach (var entryIndex in EntriesUnder(Number(key)))
                {
                    if (!read.TryGetValue(entryIndex, out var stored))
                    {
                        read[entryIndex] = stored = NearDuplicateEntryRecord.Decode(EntryBytes(entryIndex));
                    }

                    found.Add(new NearDuplicateRow(key, stored));
                }
            }
        }

        // By band key, then article id: the same order whatever order the rows were registered in.
        IReadOnlyList<NearDuplicateRow> ordered = found.OrderBy(r => r.BandKey, StringComparer.Ordinal).ThenBy(r => r.Entry.ArticleId, StringComparer.Ordinal).ToList();
        return Task.FromResult(ordered);
    }

    public Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken)
    {
        Register(bandKeys, entry);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (gate)
        {
            rows.Dispose();
            entries.Dispose();
        }
    }

    /// <summary>Insert-if-absent per (band key, article id); the new rows share one entry record.</summary>
    public void Register(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry)
    {
        lock (gate)
        {
            var index = -1;
            foreach (var key in bandKeys)
            {
                var number = Number(key);
                if (RowOf(number, entry.ArticleId) >= 0)
                {
                    // Insert-if-absent: a row already there is kept as it is.
                    continue;
                }

                if (index < 0)
                {
                    index = entryOffsets.Count;
                    entryOffsets.Add(entries.Append(NearDuplicateEntryRecord.Encode(entry)));
                }

                AddRow(number, index);
            }
        }
    }

    private void AddRow(ulong number, int entryIndex)
    {
        Span<byte> row = stackalloc byte[RowBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(row, number);
        BinaryPrimitives.WriteInt32LittleEndian(row[sizeof(ulong)..], entryIndex);
        rows.Add(row);
    }

    /// <summary>The entries of the rows under a key number.</summary>
    private List<int> EntriesUnder(ulong number)
    {
        var found = new List<int>();
        Span<byte> row = stackalloc byte[RowBytes];
        for (var cursor = -1; rows.Next(number, ref cursor, row) >= 0;)
        {
            found.Add(BinaryPrimitives.ReadInt32LittleEndian(row[sizeof(ulong)..]));
        }

        return found;
    }

    /// <summary>The row of this article under the key number, or -1.</summary>
    private int RowOf(ulong number, string articleId)
    {
        Span<byte> row = stackalloc byte[RowBytes];
        var cursor = -1;
        for (var rowIndex = rows.Next(number, ref cursor, row); rowIndex >= 0; rowIndex = rows.Next(number, ref cursor, row))
        {
            if (NearDuplicateEntryRecord.ArticleId(EntryBytes(BinaryPrimitives.ReadInt32LittleEndian(row[sizeof(ulong)..]))) == articleId)
            {
                return rowIndex;
            }
        }

        return -1;
    }

    private byte[] EntryBytes(int entryIndex)
    {
        var offset = entryOffsets[entryIndex];
        var end = entryIndex + 1 < entryOffsets.Count ? entryOffsets[entryIndex + 1] : entries.Length;
        var bytes = new byte[end - offset];
        entries.Read(offset, bytes);
        return bytes;
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
