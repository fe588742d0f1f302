namespace Pipeline.Tooling.Evaluation;

/// <summary>A pair the index got wrong, with the estimated similarity of their signatures (null when either was too short to sketch).</summary>
public sealed record DedupPairError(string First, string Second, double? Similarity);
