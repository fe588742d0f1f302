namespace Pipeline.Core.Output;

/// <summary>Where documents of distinct articles go (container <c>normalized</c>, stdout for the CLI).</summary>
public interface IArticleSink
{
    /// <summary>Writes the document of an article this record owns.</summary>
    Task WriteAsync(NormalizedArticle article, CancellationToken cancellationToken);

    /// <summary>Hears of a duplicate (its <see cref="NormalizedArticle.Dedup"/> names the canonical); it is not a search document.</summary>
    Task RecordDuplicateAsync(NormalizedArticle duplicate, CancellationToken cancellationToken);
}
