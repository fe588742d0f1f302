namespace Pipeline.Core.Dedup;

/// <summary>
/// Memory of article signatures, keyed by LSH band key: a row per (band key, article id), so a lookup reads only the
/// rows of the candidate's own band keys, never a scan.
/// </summary>
public interface INearDuplicateStore
{
    /// <summary>Every row registered under any of these band keys.</summary>
    Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken);

    /// <summary>
    /// Registers the entry under each band key, insert-if-absent per (band key, article id): a row already there
    /// (from a replay or an interrupted earlier attempt) is kept as it is, never overwritten, and is not an error.
    /// </summary>
    Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken);
}
