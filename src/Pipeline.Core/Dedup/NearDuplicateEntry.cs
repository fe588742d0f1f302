namespace Pipeline.Core.Dedup;

/// <summary>
/// One article as the near-duplicate store keeps it under each of its band keys: its signature (so a candidate is
/// verified without another read) and the verdict it got when it first claimed (so a replay or a later copy of the
/// same article gets the same answer, and later members of a cluster point at its canonical article, not at each other).
/// </summary>
/// <param name="ArticleId">The article's id (content-hash prefix).</param>
/// <param name="CanonicalId">The cluster's canonical article: <see cref="ArticleId"/> itself when this article was first.</param>
/// <param name="Similarity">Estimated Jaccard similarity to the cluster member it matched; 1 for a canonical article.</param>
/// <param name="Signature">The article's MinHash signature.</param>
public sealed record NearDuplicateEntry(string ArticleId, string CanonicalId, double Similarity, MinHashSignature Signature)
{
    public bool IsCanonical => ArticleId == CanonicalId;

    public DedupVerdict ToVerdict() => IsCanonical ? DedupVerdict.Owner(ArticleId) : DedupVerdict.DuplicateOf(CanonicalId, Similarity);
}
