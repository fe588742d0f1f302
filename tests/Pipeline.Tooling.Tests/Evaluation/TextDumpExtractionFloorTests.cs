using Pipeline.Tooling.Evaluation;
using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Text;

namespace Pipeline.Tooling.Tests.Evaluation;

/// <summary>
/// Guards the text-dump extractor against regressions on the benchmark's dev split (88 pages as lynx and w3m dumps).
/// Reached when this floor was set: lynx F1 0.959 (P 0.956, R 0.962), w3m F1 0.956 (P 0.949, R 0.962); first set at 0.94
/// when lynx reached 0.951 and w3m 0.949.
/// </summary>
public sealed class TextDumpExtractionFloorTests
{
    private const double Floor = 0.95;

    private static readonly string CorpusPath = DevCorpora.PathOf(DevCorpora.ArticleExtractionBenchmark);

    [Theory]
    [InlineData("lynx")]
    [InlineData("w3m")]
    public void Evaluate_TextDumpBodiesStayAboveTheF1Floor(string rendering)
    {
        Assert.True(File.Exists(Path.Combine(CorpusPath, "ground-truth.json")), $"dev corpus not found at {CorpusPath}");
        var evaluator = new ExtractionEvaluator(new RecordExtractor([new TextDumpExtractor()]));

        var result = evaluator.Evaluate(new BenchmarkCorpus(CorpusPath), rendering);

        Assert.Equal(88, result.Pages.Count);
        Assert.DoesNotContain(result.Pages, p => p.NoRecord);
        Assert.True(result.Overall.F1 >= Floor, $"{rendering} body F1 {result.Overall.F1:F3} fell below {Floor}");
    }
}
