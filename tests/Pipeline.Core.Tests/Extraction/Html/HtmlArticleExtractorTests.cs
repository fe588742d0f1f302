using static Pipeline.Core.Tests.Extraction.Html.HtmlTestPages;

namespace Pipeline.Core.Tests.Extraction.Html;

/// <summary>The story, the whole story and nothing else: which blocks of a page come out as paragraphs.</summary>
public sealed class HtmlArticleExtractorTests
{
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
    public void Extract_ListsEachDroppedBlockWithTheStepOrRuleThatDroppedIt()
    {
        var html = Page("<title>Bridge</title>", $"""
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <article>
              <h1>Bridge</h1>
              <p>By Jane Doe</p>
              <p>{Story1}</p>
              <p>The old bridge at dusk, seen from the northern quay. Photo: Reuters</p>
              <p>{Story2}</p>
              <p>Advertisement</p>
              <p>{Story3}</p>
            </article>
            <footer><p>Copyright 2019 Harbour Times. All rights reserved.</p></footer>
            """);

        var article = Extract(html);

        Assert.Equal([Story1, Story2, Story3], article.Paragraphs);
        Assert.Equal(
            [("Home", "outside-article-region"), ("News", "outside-article-region"), ("By Jane Doe", "byline"),
             ("The old bridge at dusk, seen from the northern quay. Photo: Reuters", "photo-caption"), ("Advertisement", "advert-label"),
             ("Copyright 2019 Harbour Times. All rights reserved.", "outside-article-region")],
            article.Removed.Select(r => (r.Text, r.Reason)));
    }

    [Fact]
    public void Extract_FindsAStoryWhoseWrapperIsNamedLikeFurniture()
    {
        // "social" marks share bars on most sites; here a CMS put it on the story's own wrapper, inside a span.
        string[] more =
        [
            "The new bridge will keep the old stone piers, which divers found to be in good condition last summer.",
            "Traffic will cross on a temporary deck downstream while the main span is lifted into place in sections.",
            "The council expects the final bill to come in below the estimate thanks to a grant from the regional fund.",
        ];
        var story = $"<span class=\"wrapper social-field\">{StoryParagraphs}{string.Concat(more.Select(p => $"<p>{p}</p>"))}</span>";
        var weather = string.Concat(Enumerable.Repeat(
            "<p>Weather for the week ahead brings rain on most days, with strong winds along the coast and mild nights inland.</p>", 5));
        var about = string.Concat(Enumerable.Repeat(
            "<p>The Harbour Times has covered the towns along the estuary since 1887 and is owned by a trust of its readers.</p>", 5));
        var html = Page(
            "<title>Bridge</title>",
            $"<div class=\"page\">{story}<aside>{weather}</aside><div><p>Printed from the archive.</p></div></div><footer>{about}</footer>");

        Assert.Equal([Story1, Story2, Story3, .. more], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_KeepsAStoryLaidOutAsAGalleryAndDropsWhatThePageMarksNotContent()
    {
        var html = Page("<title>Bridge</title>", $"""
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article class="article_content">
              <div class="article-page-title gallery-title-wrap article_content_top"><h2>A new bridge</h2><p>{Story1}</p></div>
              <p>{Story2}</p><p>{Story3}</p>
              <p class="jetpack-slideshow-noscript robots-nocontent">This slideshow requires JavaScript.</p>
            </article>
            """);

        Assert.Equal(["A new bridge", Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_ReadsParagraphsThatAComponentLaysOutInItsOwnArticleHeader()
    {
        const string Notice = "To protect your personal data, we have blocked the automatic loading of content from twitter.com. If you would like to see content from this provider, please allow it in the settings below, where you can also withdraw your consent at any time, as described in our privacy policy.";
        var html = Page("<title>Bridge</title>", $"""
            <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <main><article class="ImageText_Container"><header class="ImageText_Description"><h3>A new bridge</h3>{StoryParagraphs}</header></article>
            <div class="embed-consent"><p>{Notice}</p></div></main>
            <aside><p>{Notice.Replace("twitter.com", "youtube.com")}</p></aside>
            <footer><p>© 2022 Example Media. All rights reserved.</p></footer>
            """);

        var paragraphs = Extract(html).Paragraphs;

        Assert.Contains(Story1, paragraphs);
        Assert.Contains(Story3, paragraphs);
    }

    [Fact]
    public void Extract_DropsCaptionsAndCreditsWithoutCaptionMarkup()
    {
        var html = Page("<title>Bridge</title>", $"""
            <article>
              <p>{Story1}</p>
              <div><img src="b.jpg" alt="The old bridge at dusk from the northern quay"><br><span>The old bridge at dusk from the northern quay</span></div>
              <p>{Story2}</p>
              <p>{Story3}</p>
              <p>(Reporting by Ana Ruiz; Editing by Tom Berg)</p>
            </article>
            """);

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_DropsTheDatelineAboveTheStoryButKeepsLiveBlogTimes()
    {
        var html = Page("<title>Bridge</title>", $"""
            <article>
              <p>By Ana Ruiz</p>
              <p>Nov. 19, 2019 5:50 PM</p>
              <p>{Story1}</p>
              <p>4:14 p.m.</p>
              <p>{Story2}</p>
              <p>10 p.m.</p>
              <p>{Story3}</p>
              <p>Updated 14 hours ago</p>
            </article>
            """);

        Assert.Equal([Story1, "4:14 p.m.", Story2, "10 p.m.", Story3], Extract(html).Paragraphs);
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
}
