namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// Pairwise scores of a dedup run: a pair of samples is predicted "same" when the index put them in one cluster,
/// and is truly "same" when they share an article key.
/// </summary>
public sealed record DedupEvaluationResult(
    int Samples,
    int TooShortToSketch,
    int TruePositives,
    IReadOnlyList<DedupPairError> FalsePositives,
    IReadOnlyList<DedupPairError> Missed)
{
    public double Precision => TruePositives + FalsePositives.Count == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives.Count);

    public double Recall => TruePositives + Missed.Count == 0 ? 1 : TruePositives / (double)(TruePositives + Missed.Count);
}
