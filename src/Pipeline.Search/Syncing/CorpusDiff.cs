namespace Pipeline.Search.Syncing;

/// <summary>What to change in the index so it holds what a listing of the documents container showed.</summary>
public sealed record CorpusDiff(IReadOnlyList<string> ToFetch, IReadOnlyList<string> ToDelete)
{
    /// <summary>
    /// Documents listed but not indexed, or indexed from another version, are fetched; documents indexed but not listed
    /// are deleted, unless indexed after the listing started (a document written meanwhile, found another way, is not
    /// gone just because the listing missed it).
    /// </summary>
    public static CorpusDiff Of(IReadOnlyDictionary<string, IndexedVersion> indexed, IReadOnlyDictionary<string, string> listed, DateTimeOffset listingStartedAt)
    {
        var fetch = listed.Where(l => !indexed.TryGetValue(l.Key, out var known) || known.ETag != l.Value).Select(l => l.Key).Order(StringComparer.Ordinal).ToList();
        var delete = indexed.Where(i => !listed.ContainsKey(i.Key) && i.Value.IndexedAt < listingStartedAt).Select(i => i.Key).Order(StringComparer.Ordinal).ToList();
        return new CorpusDiff(fetch, delete);
    }
}
