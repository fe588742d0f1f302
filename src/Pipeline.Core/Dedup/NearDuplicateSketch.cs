namespace Pipeline.Core.Dedup;

/// <summary>What near-duplicate matching keeps of a body: how many shingles it had, its signature and its band keys.</summary>
public sealed record NearDuplicateSketch(int ShingleCount, MinHashSignature Signature, IReadOnlyList<string> BandKeys);
