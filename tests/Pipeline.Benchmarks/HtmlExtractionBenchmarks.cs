using BenchmarkDotNet.Attributes;
using Pipeline.Tooling.Evaluation;
using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Reading;
using Pipeline.Core.Reading.Text;

namespace Pipeline.Benchmarks;

/// <summary>
/// Article extraction throughput on one thread, warm, over the 88 aeb-dev HTML pages: our extractor and SmartReader
/// (a C# port of Readability.js) in the same run. One operation is one page, so pages/s = 1 / mean.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private const int PageCount = 88;

    private readonly HtmlArticleExtractor extractor = new();
    private List<(string Url, string Html)> pages = [];

    [GlobalSetup]
    public void LoadPages()
    {
        var corpus = new BenchmarkCorpus(CorpusLocator.DevCorpus());
        pages = corpus.LoadTruth()
            .Select(page => (Url: page.Url ?? "https://example.org/", Input: corpus.Load("html", page.Id)))
            .Where(page => page.Input is not null)
            .Select(page => (page.Url, TextDecoder.Decode(page.Input!.Value.Bytes)))
            .ToList();
        if (pages.Count != PageCount)
        {
            throw new InvalidOperationException($"expected {PageCount} pages, found {pages.Count}");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PageCount)]
    public int HtmlArticleExtractor()
    {
        var paragraphs = 0;
        foreach (var (url, html) in pages)
        {
            paragraphs += extractor.Extract(new RawRecord("1", DumpFormat.Html, html, url)).Paragraphs.Count;
        }

        return paragraphs;
    }

    [Benchmark(OperationsPerInvoke = PageCount)]
    public int SmartReader()
    {
        var characters = 0;
        foreach (var (url, html) in pages)
        {
            // new Reader(url, html): the two-string ParseArticle overload takes a user agent, not the page.
            using var reader = new global::SmartReader.Reader(url, html);
            characters += reader.GetArticle().TextContent?.Length ?? 0;
        }

        return characters;
    }
}
