using Pipeline.Core.Reading;

namespace Pipeline.Core.Ingest.Chunks;

/// <summary>
/// Gathers an input's records into chunks of at most <see cref="IngestOptions.ChunkBytes"/> of text (counted in
/// characters: about bytes for Latin text) or <see cref="IngestOptions.ChunkRecords"/> records.
/// </summary>
internal sealed class ChunkBuilder(IngestOptions options)
{
    private List<RawRecord> records = [];
    private long bytes;

    public int Count => records.Count;

    /// <summary>Adds a record; true when the chunk is full and should be taken. A record larger than a chunk makes a chunk of its own.</summary>
    public bool Add(RawRecord record)
    {
        records.Add(record);
        bytes += record.Content.Length + record.Key.Length;
        return bytes >= options.ChunkBytes || records.Count >= options.ChunkRecords;
    }

    public IReadOnlyList<RawRecord> Take()
    {
        var taken = records;
        records = [];
        bytes = 0;
        return taken;
    }
}
