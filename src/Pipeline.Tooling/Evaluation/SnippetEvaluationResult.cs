namespace Pipeline.Tooling.Evaluation;

/// <summary>The snippet counts of one rendering of a corpus, page by page, per fold and overall.</summary>
public sealed record SnippetEvaluationResult(string Rendering, IReadOnlyList<SnippetPageEvaluation> Pages)
{
    public SnippetCounts Overall => Sum(Pages);

    public SnippetCounts InFold(int fold) => Sum(Pages.Where(p => p.Fold == fold));

    private static SnippetCounts Sum(IEnumerable<SnippetPageEvaluation> pages) => pages.Aggregate(default(SnippetCounts), (sum, p) => sum + p.Counts);
}
