namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// trafilatura's evaluation counts: must-have snippets found (TP) or missed (FN), must-not snippets found (FP) or
/// absent (TN). Summed over pages, so every snippet weighs the same.
/// </summary>
public readonly record struct SnippetCounts(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative)
{
    public double Precision => TruePositive + FalsePositive == 0 ? 0 : (double)TruePositive / (TruePositive + FalsePositive);

    public double Recall => TruePositive + FalseNegative == 0 ? 0 : (double)TruePositive / (TruePositive + FalseNegative);

    public double Accuracy => Total == 0 ? 0 : (double)(TruePositive + TrueNegative) / Total;

    public double F1 => 2 * TruePositive + FalsePositive + FalseNegative == 0 ? 0 : 2.0 * TruePositive / (2 * TruePositive + FalsePositive + FalseNegative);

    private int Total => TruePositive + FalsePositive + FalseNegative + TrueNegative;

    public static SnippetCounts operator +(SnippetCounts a, SnippetCounts b) =>
        new(a.TruePositive + b.TruePositive, a.FalsePositive + b.FalsePositive, a.FalseNegative + b.FalseNegative, a.TrueNegative + b.TrueNegative);
}
