namespace Pipeline.Core.Evaluation;

/// <summary>One page's id and score.</summary>
public sealed record PageEvaluation(string Id, ShingleScore Score);
