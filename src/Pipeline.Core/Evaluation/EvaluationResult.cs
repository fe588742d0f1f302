namespace Pipeline.Core.Evaluation;

/// <summary>The scores of one rendering of a corpus, page by page and overall.</summary>
public sealed record EvaluationResult(string Rendering, IReadOnlyList<PageEvaluation> Pages)
{
    public (double F1, double Precision, double Recall, double Accuracy) Overall => ShingleScorer.Aggregate(Pages.Select(p => p.Score).ToList());
}
