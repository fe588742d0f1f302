namespace Pipeline.Core.Dedup;

/// <summary>
/// Corpus-wide memory of article signatures, keyed by LSH band key. Shaped for a table store: a row per
/// (band key, article id), e.g. Azure Table PartitionKey = band key, RowKey = article id, so one claim costs one
/// partition query and one insert per band: O(bands) operations, no scans, and no shared row that concurrent
/// writers read-modify-write.
/// </summary>
public interface INearDuplicateStore
{
    /// <summary>Every row registered under any of these band keys, with each row's commit order.</summary>
    Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken);

    /// <summary>
    /// Registers the entry under each band key, insert-if-absent per (band key, article id): a row already there
    /// (from a replay or an interrupted earlier attempt) is kept as it is, never overwritten, and is not an error.
    /// </summary>
    Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken);

    /// <summary>Rewrites an article's own rows (it lost a race for canonical and now points at the winner).</summary>
    Task ReplaceAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken);
}
