namespace Pipeline.Core.Output;

/// <summary>The dedup verdict carried in a document: unique, or a duplicate of another document id.</summary>
public sealed record DedupInfo(string Status, string? DuplicateOf, double? Similarity)
{
    public const string UniqueStatus = "unique";
    public const string DuplicateStatus = "duplicate";

    public static DedupInfo Unique { get; } = new(UniqueStatus, null, null);

    public static DedupInfo DuplicateOfId(string canonicalId, double similarity) => new(DuplicateStatus, canonicalId, similarity);
}
