using System.Buffers.Binary;

namespace Pipeline.Core.Dedup.Local;

/// <summary>
/// A multimap of fixed-size records whose first 8 bytes are a 64-bit key, for batch indexes that must not grow the
/// process's memory by much per record: the records live in a <see cref="SpillFile"/>, and only a
/// <see cref="RecordDirectory"/> (about 7 bytes per record) stays in memory. Reading the records under a key costs
/// one small read per record actually under it (plus about one per 255 foreign records its probe passes). Not thread-safe: callers lock.
/// </summary>
internal sealed class SpilledRecordTable(int recordBytes) : IDisposable
{
    private const int RebuildChunkRecords = 4096;

    private readonly RecordDirectory directory = new();
    private readonly SpillFile records = new();
    private int count;

    /// <summary>Appends a record (its key in its first 8 bytes); returns its number.</summary>
    public int Add(ReadOnlySpan<byte> record)
    {
        records.Append(record[..recordBytes]);
        if (directory.IsFull)
        {
            directory.Rebuild(Keys(count));
        }

        directory.Add(BinaryPrimitives.ReadUInt64LittleEndian(record), count);
        return count++;
    }

    /// <summary>
    /// The number of the next record under <paramref name="key"/> after <paramref name="cursor"/> (-1 to start), with the
    /// record read into <paramref name="record"/>; -1 when there are no more. The cursor is a directory slot.
    /// </summary>
    public int Next(ulong key, ref int cursor, Span<byte> record)
    {
        for (var number = directory.Next(key, ref cursor); number >= 0; number = directory.Next(key, ref cursor))
        {
            records.Read((long)number * recordBytes, record[..recordBytes]);
            if (BinaryPrimitives.ReadUInt64LittleEndian(record) == key)
            {
                return number;
            }
        }

        return -1;
    }

    public void Dispose()
    {
        directory.Dispose();
        records.Dispose();
    }

    /// <summary>The keys of the first <paramref name="total"/> records in order, read back in large sequential chunks.</summary>
    private IEnumerable<ulong> Keys(int total)
    {
        var chunk = new byte[recordBytes * RebuildChunkRecords];
        for (long first = 0; first < total; first += RebuildChunkRecords)
        {
            var inChunk = (int)Math.Min(RebuildChunkRecords, total - first);
            records.Read(first * recordBytes, chunk.AsSpan(0, inChunk * recordBytes));
            for (var i = 0; i < inChunk; i++)
            {
                yield return BinaryPrimitives.ReadUInt64LittleEndian(chunk.AsSpan(i * recordBytes));
            }
        }
    }
}
