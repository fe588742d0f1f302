using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class BlockScorerTests
{
    [Fact]
    public void Score_CountsATenWordSentenceBetweenParagraphsAsProse()
    {
        TextBlock[] blocks =
        [
            Block("The ferry company said on Monday that it would add two more boats this summer."),
            Block("Tickets will cost the same as last year for adults."),
            Block("Children under twelve will travel for free on every crossing of the line."),
        ];

        var scores = BlockScorer.Score(blocks);

        Assert.True(scores.Prose[1]);
    }

    private const string BriefAmongMenus =
        """
           * Home
           * News
           * Sport
           * Weather

        Ferry adds two boats

           The ferry company will add two more boats this summer.

           Tickets will cost the same as last year for adults.

           Children under twelve will travel free on every crossing.

           The first new boat is to sail in early June.

           * Contact
           * Imprint
           * Privacy

           The islands are home to about four thousand people, who live from fishing, farming and the summer visitors.
        """;

    [Fact]
    public void Extract_FindsABriefOfShortSentencesRatherThanALongerBlurbBelowIt()
    {
        var paragraphs = TextDumps.Extract(BriefAmongMenus).Paragraphs;

        Assert.StartsWith("The ferry company will add", paragraphs[0]);
        Assert.StartsWith("The first new boat", paragraphs[^1]);
    }

    private static TextBlock Block(string text) => new(text, IsListItem: false, Indent: 3, LineCount: 1, BlankBefore: true, BlankAfter: true);
}
