using Pipeline.Core.Cleaning;
using Pipeline.Core.Extraction;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class ArticleCleanerTests
{
    private const string Repeated = "Crowds gathered at dawn outside the town hall on Sunday to hear the result.";

    [Fact]
    public void Clean_NamesTheRepeatedParagraphAndTheClosingPitchItDrops()
    {
        var article = new ExtractedArticle
        {
            Paragraphs = [Repeated, "The mayor spoke briefly.", Repeated, "Sign up for our newsletter."],
            Removed = [new RemovedText("reaction icon 0", "counter-line")],
        };

        var cleaned = ArticleCleaner.Clean(article);

        Assert.Equal([Repeated, "The mayor spoke briefly."], cleaned.Paragraphs);
        Assert.Equal(
            [("reaction icon 0", "counter-line"), (Repeated, "repeated-paragraph"), ("Sign up for our newsletter.", "closing-pitch")],
            cleaned.Removed.Select(r => (r.Text, r.Reason)));
    }
}
