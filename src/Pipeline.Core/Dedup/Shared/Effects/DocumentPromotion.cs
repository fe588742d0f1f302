namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// <paramref name="Source"/>'s duplicate document (under <paramref name="FromCanonicalId"/>) becomes the search document of
/// <paramref name="ArticleId"/>, replacing one that came from <paramref name="Withdrawn"/> (or none).
/// </summary>
public sealed record DocumentPromotion(string ArticleId, string FromCanonicalId, ArticleSource Source, IReadOnlyList<ArticleSource> Withdrawn) : DocumentEffect;
