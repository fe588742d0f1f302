using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Reading;
using static Pipeline.Core.Tests.Extraction.Html.HtmlTestPages;

namespace Pipeline.Core.Tests.Extraction.Html;

/// <summary>Title, authors, date, publisher, URL, language and summary: structured data first, then meta tags, then the layout.</summary>
public sealed class HtmlArticleExtractorMetadataTests
{
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
    public void Extract_ResolvesARelativeCanonicalLinkAgainstTheRecordUrl()
    {
        var html = Page("""<link rel="canonical" href="/news/bridge-vote">""", $"<article>{StoryParagraphs}</article>");

        var article = new HtmlArticleExtractor().Extract(new RawRecord("1", DumpFormat.Html, html, "https://example.org/news/bridge-vote?utm=feed"));

        Assert.Equal("https://example.org/news/bridge-vote", article.Url);
    }

    [Fact]
    public void Extract_HasNoPublishedDateOrLanguageWhenThePageGivesNone()
    {
        var html = $"<html><head><title>t</title></head><body><article>{StoryParagraphs}</article></body></html>";

        var article = Extract(html);

        Assert.Null(article.PublishedAt);
        Assert.Null(article.Language);
    }
}
