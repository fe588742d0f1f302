namespace Pipeline.Core.Output;

/// <summary>Where documents go (containers <c>normalized</c> and <c>duplicates</c>, stdout for the CLI).</summary>
public interface IArticleSink
{
    /// <summary>
    /// Writes a batch's documents: each article a record owns (<see cref="DedupInfo.Unique"/>), and each duplicate, whose
    /// <see cref="NormalizedArticle.Dedup"/> names the canonical (kept, but not a search document). The sink decides how
    /// many it writes at once.
    /// </summary>
    Task WriteAllAsync(IReadOnlyList<NormalizedArticle> documents, CancellationToken cancellationToken);
}
