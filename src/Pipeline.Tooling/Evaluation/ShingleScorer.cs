using System.Text.RegularExpressions;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// The article-extraction benchmark's body-text metric: multisets of word 4-grams over <c>\w+</c> tokens,
/// compared by count, normalized per page so every page weighs the same.
/// </summary>
public static partial class ShingleScorer
{
    private const int ShingleSize = 4;

    public static ShingleScore Score(string predicted, string truth)
    {
        var predictedTokens = Tokenize(predicted);
        var truthTokens = Tokenize(truth);
        var predictedShingles = Shingles(predictedTokens);
        var truthShingles = Shingles(truthTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in predictedShingles)
        {
            var truthCount = truthShingles.GetValueOrDefault(shingle);
            tp += Math.Min(count, truthCount);
            fp += Math.Max(0, count - truthCount);
        }

        foreach (var (shingle, count) in truthShingles)
        {
            fn += Math.Max(0, count - predictedShingles.GetValueOrDefault(shingle));
        }

        var sum = tp + fp + fn;
        var exact = predictedTokens.SequenceEqual(truthTokens);
        return sum == 0 ? new ShingleScore(0, 0, 0, exact) : new ShingleScore(tp / sum, fp / sum, fn / sum, exact);
    }

    /// <summary>Mean precision and recall over pages, their harmonic mean, and exact-match accuracy.</summary>
    public static (double F1, double Precision, double Recall, double Accuracy) Aggregate(IReadOnlyCollection<ShingleScore> scores)
    {
        var precision = scores.Count == 0 ? 0 : scores.Average(s => s.Precision);
        var recall = scores.Count == 0 ? 0 : scores.Average(s => s.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = scores.Count == 0 ? 0 : scores.Count(s => s.ExactMatch) / (double)scores.Count;
        return (f1, precision, recall, accuracy);
    }

    private static List<string> Tokenize(string text) => WordPattern().Matches(text).Select(m => m.Value).ToList();

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var shingle = string.Join('\u0001', tokens.Skip(i).Take(ShingleSize));
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
