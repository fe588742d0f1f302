namespace Pipeline.Tooling.Evaluation;

/// <summary>One page's score: true/false positives and false negatives normalized by their sum.</summary>
public sealed record ShingleScore(double TruePositive, double FalsePositive, double FalseNegative, bool ExactMatch)
{
    /// <summary>Precision; 1 when nothing is missing or extra, 0 when nothing was predicted.</summary>
    public double Precision =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalsePositive == 0 ? 0.0
        : TruePositive / (TruePositive + FalsePositive);

    /// <summary>Recall; 1 when nothing is missing or extra, 0 when the truth is empty.</summary>
    public double Recall =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalseNegative == 0 ? 0.0
        : TruePositive / (TruePositive + FalseNegative);

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}
