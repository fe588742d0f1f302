using Pipeline.Tooling.Evaluation;
using Pipeline.Core.Ingest;

namespace Pipeline.Tooling.Tests.Evaluation;

/// <summary>
/// Keeps extraction on traf-dev (495 pages of trafilatura's multilingual evaluation set) from sliding back, with
/// trafilatura's snippet metric, in every rendering; and holds that no page of it goes without a record.
/// Reached when these floors were set: HTML F1 0.932, lynx 0.865, w3m 0.858.
/// </summary>
public sealed class SnippetExtractionFloorTests
{
    private static readonly string CorpusPath = DevCorpora.PathOf(DevCorpora.Trafilatura);

    [Theory]
    [InlineData("html", 0.925)]
    [InlineData("lynx", 0.855)]
    [InlineData("w3m", 0.85)]
    public void Evaluate_TrafDevStaysAboveTheF1FloorAndEveryPageHasARecord(string rendering, double floor)
    {
        Assert.True(File.Exists(Path.Combine(CorpusPath, SnippetCorpus.AnnotationsFile)), $"dev corpus not found at {CorpusPath}");
        var evaluator = new ExtractionEvaluator(CoreStages.Create(new PipelineOptions()).Extractor);

        var result = evaluator.Evaluate(new SnippetCorpus(CorpusPath), rendering);

        Assert.Equal(495, result.Pages.Count);
        Assert.True(result.Overall.F1 >= floor, $"{rendering} F1 {result.Overall.F1:F3} fell below {floor}");
        Assert.Empty(result.Pages.Where(p => p.NoRecord).Select(p => p.Id));
    }
}
