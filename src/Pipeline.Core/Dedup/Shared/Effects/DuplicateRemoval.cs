namespace Pipeline.Core.Dedup.Shared;

/// <summary>The duplicate document of <paramref name="Source"/> (under <paramref name="CanonicalId"/>) is removed.</summary>
public sealed record DuplicateRemoval(string CanonicalId, string ArticleId, ArticleSource Source) : DocumentEffect;
