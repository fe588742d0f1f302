namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// A new article in the corpus: its content hash and id, the record that first carries it, and its near-duplicate
/// entry (verdict and signature), null when its body was too short to sketch.
/// </summary>
public sealed record ArticleClaim(string ContentHash, string Id, ArticleSource Source, NearDuplicateEntry? Near) : ClaimLogEntry;
