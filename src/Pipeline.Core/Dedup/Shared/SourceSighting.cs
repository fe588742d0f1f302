namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// Another record carrying an article the corpus has: an exact copy elsewhere, or the same record in a newer version
/// of its input. Kept so that when the article's first source goes, another live source takes its place.
/// </summary>
public sealed record SourceSighting(string ContentHash, ArticleSource Source) : ClaimLogEntry;
