namespace Pipeline.Core.Dedup;

/// <summary>One (band key, article) row of <see cref="InMemoryNearDuplicateStore"/>: its entry, its commit order and the next row of the same band key.</summary>
internal struct BandRow
{
    public int Entry;
    public int Next;
    public long Order;
}
