namespace Pipeline.Tooling.Evaluation;

/// <summary>One page's id, cross-validation fold, score, and how long decoding and extraction took (first run, cold).</summary>
public sealed record PageEvaluation(string Id, ShingleScore Score, TimeSpan Elapsed = default, int Fold = 0, bool NoRecord = false);
