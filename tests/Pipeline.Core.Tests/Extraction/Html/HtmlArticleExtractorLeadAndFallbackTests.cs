using static Pipeline.Core.Tests.Extraction.Html.HtmlTestPages;

namespace Pipeline.Core.Tests.Extraction.Html;

/// <summary>The lead stays in the body, and a page with prose always yields a body.</summary>
public sealed class HtmlArticleExtractorLeadAndFallbackTests
{
    private const string Lead = "The harbour bridge will be rebuilt after ten years of argument, the council decided on Tuesday evening.";

    [Fact]
    public void Extract_KeepsTheStandfirstThatIsAlsoTheDescription()
    {
        var html = Page($"""<title>Bridge</title><meta name="description" content="{Lead}">""", $"""
            <article>
              <header><h1>Bridge</h1><div class="article-teaser" itemprop="description">{Lead}</div></header>
              <div class="article-body">{StoryParagraphs}</div>
            </article>
            """);

        var article = Extract(html);

        Assert.Equal([Lead, Story1, Story2, Story3], article.Paragraphs);
        Assert.Equal([Lead], article.Summary);
    }

    [Fact]
    public void Extract_KeepsParagraphsMarkedAsDescription()
    {
        var html = Page("<title>Bridge</title>", $"""
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="news"><h1>Bridge</h1><p itemprop="description">{Story1}</p><p itemprop="description">{Story2}</p><p itemprop="description">{Story3}</p></div>
            """);

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_FallsBackOnJsonLdArticleBodyWhenTheLayoutHoldsNoProse()
    {
        var body = $"{Story1}\n{Story2}\n{Story3}";
        var html = Page(
            $$"""<title>Bridge</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge","articleBody":{{System.Text.Json.JsonSerializer.Serialize(body)}}}</script>""",
            """<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav><div id="app"></div>""");

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_AShortArticleBodyDoesNotPinTheStoryToTheStandfirst()
    {
        var html = Page(
            $$"""<title>Bridge</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge","articleBody":"{{Lead}}"}</script>""",
            $"""
            <article><header><h1>Bridge</h1><h2>{Lead}</h2></header>
            <div class="body">{StoryParagraphs}<p>{Story1.Replace("Tuesday", "Monday")}</p><p>{Story2.Replace("twice", "three times")}</p><p>{Story3.Replace("cheaper", "smaller")}</p></div></article>
            """);

        Assert.Contains(Story2, Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_ReadsTheArticleBodysNoscriptWhenTheStoryComesFromAScriptTemplate()
    {
        var html = Page("<title>Bridge</title>", $"""
            <noscript><p>Please enable JavaScript to use all features of this site, including the search.</p></noscript>
            <div class="post"><h1>Bridge</h1>
              <div class="post-body" itemprop="articleBody">
                <script type="text/template">{StoryParagraphs}</script>
                <noscript>{StoryParagraphs}</noscript>
              </div>
            </div>
            <ul class="archive"><li><a href="/2020">2020</a></li><li><a href="/2019">2019</a></li></ul>
            """);

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }
}
