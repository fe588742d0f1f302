namespace Pipeline.Tooling.Evaluation;

/// <summary>One page's snippet counts, its cross-validation fold, whether it yielded no record, and how long it took (cold).</summary>
public sealed record SnippetPageEvaluation(string Id, int Fold, SnippetCounts Counts, bool NoRecord, TimeSpan Elapsed);
