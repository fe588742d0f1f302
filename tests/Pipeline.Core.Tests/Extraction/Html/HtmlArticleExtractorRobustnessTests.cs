using static Pipeline.Core.Tests.Extraction.Html.HtmlTestPages;

namespace Pipeline.Core.Tests.Extraction.Html;

/// <summary>
/// Hostile and huge input: deep nesting, a 20 MB page, text that is not text (scripts, styles, icons). How long the big
/// ones take is measured by <c>HostilePageBenchmarks</c> (tests/Pipeline.Benchmarks), not asserted here.
/// </summary>
public sealed class HtmlArticleExtractorRobustnessTests
{
    [Fact]
    public void Extract_SurvivesHtmlNestedAHundredThousandLevelsDeep()
    {
        const int depth = 100_000;
        var html = "<html><body><p>" + Story1 + "</p>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + Story2 + "</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var article = Extract(html);

        Assert.Contains(Story2, article.Paragraphs);
    }

    [Fact]
    public void Extract_SurvivesDeeplyNestedInlineFormatting()
    {
        const int depth = 100_000;
        var html = "<html><body><p>" + string.Concat(Enumerable.Repeat("<b><i>", depth / 2)) + Story1 + "</p></body></html>";
        var article = Extract(html);

        Assert.Equal([Story1], article.Paragraphs);
    }

    [Fact]
    public void Extract_HandlesATwentyMegabytePage()
    {
        var filler = new System.Text.StringBuilder();
        var i = 0;
        while (filler.Length < 20_000_000)
        {
            filler.Append("<div class=\"item\"><a href=\"/story/").Append(i++).Append("\">Another link in a very long list of links</a></div>\n");
        }

        var html = Page("<title>Bridge</title>", $"<article>{StoryParagraphs}</article><div class=\"list\">{filler}</div>");
        var article = Extract(html);

        Assert.Equal([Story1, Story2, Story3], article.Paragraphs);
    }

    [Fact]
    public void Extract_IgnoresScriptStyleSvgAndNoscriptText()
    {
        var html = Page(
            "<style>p { color: red; }</style>",
            $"<article><p>{Story1}</p><script>var story = \"<p>not the story</p>\";</script><svg><text>Share icon label</text></svg>"
            + $"<noscript><p>Please enable JavaScript in your browser settings to read the full story and see the pictures.</p></noscript><p>{Story2}</p></article>");

        Assert.Equal([Story1, Story2], Extract(html).Paragraphs);
    }
}
