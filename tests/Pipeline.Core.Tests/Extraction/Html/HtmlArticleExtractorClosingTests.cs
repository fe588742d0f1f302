using static Pipeline.Core.Tests.Extraction.Html.HtmlTestPages;

namespace Pipeline.Core.Tests.Extraction.Html;

/// <summary>What pages put right after the story's last paragraph is not the story.</summary>
public sealed class HtmlArticleExtractorClosingTests
{
    [Fact]
    public void Extract_StopsAtALabelThatOpensContactDetailsAfterTheStory()
    {
        var html = Page("<title>Bridge</title>", $"""
            <div class="press-release">{StoryParagraphs}
              <p><strong>Weitere Informationen:</strong></p>
              <p>Stadtverwaltung Hafenstadt, Pressestelle</p>
              <p>Rathausplatz 1, 12345 Hafenstadt</p>
            </div>
            """);

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_DropsACaptionAndADisclosureSetAsPlainParagraphs()
    {
        var html = Page("<title>Bridge</title>", $"""
            <div class="entry"><p>Disclosure: we may earn a commission from some of the products featured on this page.</p>
              <p>{Story1}</p><p>The old bridge at dusk. Photo: AFP</p><p>{Story2}</p><p>{Story3}</p></div>
            """);

        Assert.Equal([Story1, Story2, Story3], Extract(html).Paragraphs);
    }

    [Fact]
    public void Extract_StopsAtAnAboutTheAuthorLabelNearTheEndEvenBeforeALongBio()
    {
        const string Bio = "Christoph is a keen angler and the author of this article, who has been writing about rivers, lakes and the fish that live in them for many years now.";
        var html = Page("<title>Bridge</title>", $"""
            <div class="entry">{StoryParagraphs}<p>{Story1.Replace("Tuesday", "Monday")}</p><p>{Story2.Replace("twice", "three times")}</p>
              <p><strong>About the author</strong></p><p>{Bio}</p></div>
            """);

        var paragraphs = Extract(html).Paragraphs;

        Assert.Equal(5, paragraphs.Count);
        Assert.DoesNotContain(Bio, paragraphs);
    }
}
