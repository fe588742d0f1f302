namespace Pipeline.Core.Dedup.Shared;

/// <summary><paramref name="Source"/>'s duplicate document of <paramref name="ArticleId"/> moves to the cluster's new canonical.</summary>
public sealed record DuplicateMove(string FromCanonicalId, string ToCanonicalId, string ArticleId, ArticleSource Source) : DocumentEffect;
