namespace Pipeline.Tooling.Evaluation;

/// <summary>The scores of one rendering of a corpus, page by page, per fold and overall.</summary>
public sealed record EvaluationResult(string Rendering, IReadOnlyList<PageEvaluation> Pages)
{
    public (double F1, double Precision, double Recall, double Accuracy) Overall => ShingleScorer.Aggregate(Pages.Select(p => p.Score).ToList());

    /// <summary>The same figures over one fold's pages.</summary>
    public (double F1, double Precision, double Recall, double Accuracy) InFold(int fold) =>
        ShingleScorer.Aggregate(Pages.Where(p => p.Fold == fold).Select(p => p.Score).ToList());
}
