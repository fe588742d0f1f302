namespace Pipeline.Core.Dedup.Shared;

/// <summary>The new articles one host settled in one go (a chunk's, or a small input's), in the order it claimed them.</summary>
public sealed record ClaimBatch(IReadOnlyList<ArticleClaim> Claims);
