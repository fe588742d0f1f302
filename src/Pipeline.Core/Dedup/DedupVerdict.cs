namespace Pipeline.Core.Dedup;

/// <summary>The index's answer: this record owns its article (write it) or duplicates an article someone else owns.</summary>
public sealed record DedupVerdict(bool IsDuplicate, string CanonicalId, double Similarity)
{
    public static DedupVerdict Owner(string id) => new(false, id, 1.0);

    public static DedupVerdict DuplicateOf(string canonicalId, double similarity) => new(true, canonicalId, similarity);
}
