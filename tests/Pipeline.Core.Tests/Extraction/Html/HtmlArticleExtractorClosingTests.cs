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
}
