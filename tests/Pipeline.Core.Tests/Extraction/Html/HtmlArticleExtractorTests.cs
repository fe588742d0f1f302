using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Extraction.Html;

public sealed class HtmlArticleExtractorTests
{
    private const string Story1 = "The council voted on Tuesday to rebuild the old harbour bridge, ending a decade of argument over its future.";
    private const string Story2 = "Engineers say the new span will carry twice the traffic and open to cyclists and pedestrians by the spring of 2027.";
    private const string Story3 = "Residents who opposed the plan said they would keep campaigning for a cheaper repair of the existing structure.";

    private static ExtractedArticle Extract(string html) => new HtmlArticleExtractor().Extract(new RawRecord("1", DumpFormat.Html, html));

    private static string Page(string head, string body, string lang = "en") =>
        $"<!DOCTYPE html><html lang=\"{lang}\"><head>{head}</head><body>{body}</body></html>";

    private static string StoryParagraphs => $"<p>{Story1}</p><p>{Story2}</p><p>{Story3}</p>";

    [Fact]
    public void Extract_PrefersJsonLdHeadline()
    {
        var html = Page(
            """
            <title>Bridge vote | Harbour Times</title><meta property="og:title" content="OG bridge title">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs new harbour bridge"}</script>
            """,
            $"<article>{StoryParagraphs}</article>");

        Assert.Equal("Council backs new harbour bridge", Extract(html).Title);
    }

    [Fact]
    public void Extract_ReadsArticleMetadataInsideJsonLdGraph()
    {
        var html = Page(
            """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Not the headline"},
              {"@type":["NewsArticle"],"headline":"Bridge approved","datePublished":"2019-11-19T10:03:00-0500",
               "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}],
               "publisher":{"@type":"Organization","name":"Harbour Times"}}]}
            </script>
            """,
            $"<article>{StoryParagraphs}</article>");

        var article = Extract(html);

        Assert.Equal("Bridge approved", article.Title);
        Assert.Equal(["Ana Ruiz", "Tom Berg"], article.Authors);
        Assert.Equal("2019-11-19T10:03:00-05:00", article.PublishedAt);
        Assert.Equal("Harbour Times", article.Publisher);
    }

    [Fact]
    public void Extract_FallsBackToOpenGraphAndMetaTags()
    {
        var html = Page(
            """
            <title>Bridge | Harbour Times</title>
            <meta property="og:title" content="Council backs bridge">
            <meta property="og:site_name" content="Harbour Times">
            <meta name="author" content="Ana Ruiz">
            <meta property="article:published_time" content="2019-11-19T15:03:00Z">
            <meta name="description" content="The harbour bridge will be rebuilt.">
            <link rel="canonical" href="https://example.org/bridge">
            """,
            $"<article>{StoryParagraphs}</article>",
            lang: "en-GB");

        var article = Extract(html);

        Assert.Equal("Council backs bridge", article.Title);
        Assert.Equal("Harbour Times", article.Publisher);
        Assert.Equal(["Ana Ruiz"], article.Authors);
        Assert.Equal("2019-11-19T15:03:00Z", article.PublishedAt);
        Assert.Equal(["The harbour bridge will be rebuilt."], article.Summary);
        Assert.Equal("https://example.org/bridge", article.Url);
        Assert.Equal("en", article.Language);
    }

    [Theory]
    [InlineData("2019-11-19T10:03:00", "2019-11-19T10:03:00")]
    [InlineData("2019-11-19T10:03:00+05:30", "2019-11-19T10:03:00+05:30")]
    [InlineData("2019-11-19", "2019-11-19")]
    [InlineData("Tue, 19 Nov 2019 10:03:00 GMT", "2019-11-19T10:03:00+00:00")]
    [InlineData("sometime last week", null)]
    [InlineData("0001-01-01T00:00:00Z", null)]
    public void Extract_KeepsTheOffsetThePageGives(string published, string? expected)
    {
        var html = Page($"<meta property=\"article:published_time\" content=\"{published}\">", $"<article>{StoryParagraphs}</article>");

        Assert.Equal(expected, Extract(html).PublishedAt);
    }

    [Fact]
    public void Extract_FallsBackToMicrodataAndLayoutWhenThereIsNoMetadata()
    {
        var html = $"""
            <html><body><article>
              <h1>Council backs new bridge</h1>
              <div class="byline"><span itemprop="author" itemscope><span itemprop="name">Ana Ruiz</span></span>
                <time datetime="2019-11-19T10:03:00+01:00">19 Nov</time></div>
              {StoryParagraphs}
            </article></body></html>
            """;

        var article = Extract(html);

        Assert.Equal("Council backs new bridge", article.Title);
        Assert.Equal(["Ana Ruiz"], article.Authors);
        Assert.Equal("2019-11-19T10:03:00+01:00", article.PublishedAt);
        Assert.Equal([Story1, Story2, Story3], article.Paragraphs);
    }

    [Fact]
    public void Extract_DecodesEntitiesThatJsonLdDoubleEncodes()
    {
        var html = Page(
            """<script type="application/ld+json">{"@type":"Article","headline":"&#8216;The Medium&#8217; &amp; more","author":{"name":"By Ana Ruiz"}}</script>""",
            $"<article>{StoryParagraphs}</article>");

        var article = Extract(html);

        Assert.Equal("\u2018The Medium\u2019 & more", article.Title);
        Assert.Equal(["Ana Ruiz"], article.Authors);
    }

    [Fact]
    public void Extract_HasNoPublishedDateOrLanguageWhenThePageGivesNone()
    {
        var html = $"<html><head><title>t</title></head><body><article>{StoryParagraphs}</article></body></html>";

        var article = Extract(html);

        Assert.Null(article.PublishedAt);
        Assert.Null(article.Language);
    }

    [Fact]
    public void Extract_KeepsTheStoryAndDropsPageFurniture()
    {
        var html = Page("<title>Bridge</title>", $"""
            <div id="cookie-banner"><p>We use cookies to improve your experience on our website. Accept all cookies to continue.</p></div>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <div class="page">
              <article>
                <h1>Bridge</h1>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
                <p>{Story1}</p>
                <figure><img src="a.jpg"><figcaption>The old bridge at dusk, photographed from the northern quay last winter.</figcaption></figure>
                <p>{Story2}</p>
                <div class="newsletter-promo"><p>Get the best stories of the week delivered to you every Friday morning for free.</p></div>
                <p>{Story3}</p>
              </article>
              <div class="related-articles"><h3>Related</h3><p>Another story about an entirely different bridge in a city far away from here.</p></div>
              <section id="comments"><p>I think this is a terrible waste of money and the council should be ashamed of itself.</p></section>
            </div>
            <footer><p>Copyright 2019 Harbour Times. All rights reserved. Terms of use and privacy policy apply.</p></footer>
            """);

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_KeepsHeadingsListsAndQuotesInsideTheStory()
    {
        var html = Page("<title>Bridge</title>", $"""
            <article>
              <p>{Story1}</p>
              <h2>What happens next</h2>
              <ul><li>Demolition of the old span starts in March after the festival.</li><li>The ferry service doubles its sailings while the crossing is closed.</li></ul>
              <blockquote><p>We have waited long enough for a safe crossing, said the mayor at the meeting.</p></blockquote>
              <p>{Story2}</p>
            </article>
            <aside><p>Sidebar text about weather and tides that has nothing to do with the bridge story at all.</p></aside>
            """);

        Assert.Equal(
            [
                Story1,
                "What happens next",
                "Demolition of the old span starts in March after the festival.",
                "The ferry service doubles its sailings while the crossing is closed.",
                "We have waited long enough for a safe crossing, said the mayor at the meeting.",
                Story2,
            ],
            Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_UsesJsonLdArticleBodyToFindTheStoryAmongLongerText()
    {
        // The reader comments are longer than the story and carry no telltale class names; articleBody points at the story.
        var comment = "As someone who has crossed that bridge every single day for thirty years I can tell you the repairs were never done properly and the whole thing shakes.";
        var comments = string.Concat(Enumerable.Repeat($"<div class=\"r\"><p>{comment}</p></div>", 6));
        var html = Page(
            $$"""<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"{{Story1}} {{Story2}} {{Story3}}"}</script>""",
            $"<div class=\"a\"><div class=\"b\">{StoryParagraphs}</div></div><div class=\"c\">{comments}</div>");

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_TakesTheWholeStoryWhenJsonLdArticleBodyIsOnlyATeaser()
    {
        var html = Page(
            $$"""<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"{{Story1}}"}</script>""",
            $"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"story\">{StoryParagraphs}</div>");

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_TakesOnlyThePagesOwnStoryWhenTheNextOneIsPreloadedBelowIt()
    {
        var next = "<p>In other news, the city zoo welcomed two red panda cubs this week, the first born there in a decade.</p>"
            + "<p>Keepers said the cubs are healthy and will be shown to visitors after the winter holidays are over.</p>"
            + "<p>The zoo has asked the public to suggest names for the pair through its website until the end of the month.</p>";
        var html = Page("<title>Bridge</title>", $"<main><article>{StoryParagraphs}</article><article>{next}</article></main>");

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_FindsAChineseStoryNextToLatinTeasers()
    {
        // Chinese doesn't space its words: counted by whitespace, these paragraphs would weigh one word each.
        string[] story =
        [
            "市议会周二投票决定重建旧港口大桥，结束了围绕其未来长达十年的争论。工程师表示，新桥的通行能力将是现在的两倍。",
            "新桥将在二零二七年春季向骑自行车的人和行人开放，施工期间渡轮服务将增加班次，以方便市民往返两岸。",
            "反对该计划的居民表示，他们将继续争取以更低的成本修复现有结构，并呼吁市议会重新考虑预算安排。",
        ];
        var teaser = "<div class=\"card\"><h3><a href=\"/other\">Another story from the same site</a></h3><p>A short blurb in English that sells another page of the site.</p></div>";
        var html = Page(
            "<title>大桥</title>",
            $"<div class=\"x\">{string.Concat(story.Select(p => $"<p>{p}</p>"))}</div><div class=\"y\">{string.Concat(Enumerable.Repeat(teaser, 4))}</div>",
            lang: "zh-CN");

        var article = Extract(html);

        Assert.Equal(story, article.Paragraphs);
        Assert.Equal("zh", article.Language);
    }

    [Fact]
    public void Extract_SurvivesHtmlNestedAHundredThousandLevelsDeep()
    {
        const int depth = 100_000;
        var html = "<html><body><p>" + Story1 + "</p>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + Story2 + "</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var article = Extract(html);

        Assert.Contains(Story2, article.Paragraphs);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Extract_SurvivesDeeplyNestedInlineFormatting()
    {
        const int depth = 100_000;
        var html = "<html><body><p>" + string.Concat(Enumerable.Repeat("<b><i>", depth / 2)) + Story1 + "</p></body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var article = Extract(html);

        Assert.Equal([Story1], article.Paragraphs);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
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
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var article = Extract(html);

        Assert.Equal([Story1, Story2, Story3], article.Paragraphs);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
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
