using BenchmarkDotNet.Attributes;
using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Reading;

namespace Pipeline.Benchmarks;

/// <summary>
/// HTML extraction on hostile and huge pages (what <c>HtmlArticleExtractorRobustnessTests</c> checks survives, timed
/// here rather than in a unit test): a page nested 100,000 levels deep, and a 20 MB page of links around a short
/// article. One operation is one page.
/// </summary>
public class HostilePageBenchmarks
{
    private const string Story = "The city council voted on Monday to reopen the old harbour bridge after a year of repairs, and residents welcomed the plan.";
    private readonly HtmlArticleExtractor extractor = new();
    private RawRecord deep = null!;
    private RawRecord huge = null!;

    [GlobalSetup]
    public void MakePages()
    {
        const int depth = 100_000;
        deep = Page("<p>" + Story + "</p>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + Story + " It was the second vote.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)));
        var links = new System.Text.StringBuilder();
        for (var i = 0; links.Length < 20_000_000; i++)
        {
            links.Append("<div class=\"item\"><a href=\"/story/").Append(i).Append("\">Another link in a very long list of links</a></div>\n");
        }

        huge = Page($"<article><p>{Story}</p><p>{Story} Traffic should ease.</p></article><div class=\"list\">{links}</div>");
    }

    [Benchmark]
    public int NestedAHundredThousandLevels() => extractor.Extract(deep).Paragraphs.Count;

    [Benchmark]
    public int TwentyMegabytePage() => extractor.Extract(huge).Paragraphs.Count;

    private static RawRecord Page(string body) => new("1", DumpFormat.Html, $"<html><head><title>Bridge</title></head><body>{body}</body></html>");
}
