namespace Pipeline.Core.Dedup.Shared;

/// <summary>The search document of <paramref name="ArticleId"/> is removed, if it still comes from one of <paramref name="Withdrawn"/>.</summary>
public sealed record DocumentRemoval(string ArticleId, IReadOnlyList<ArticleSource> Withdrawn) : DocumentEffect;
