using Pipeline.Console.Documents;

namespace Pipeline.Console.Tests.Documents;

public class RawLineComparisonTests
{
    [Fact]
    public void Compare_StrikesLinesWhoseWordsAreNotInTheDocument()
    {
        var raw = "Harbour reopens\n  • The quay was repaired,\nand opened on Monday.\nPhoto: Bloomberg\n\n12 likes 3 shares";
        var document = "Harbour reopens\nThe quay was repaired, and opened on Monday.";

        var lines = RawLineComparison.Compare(raw, document);

        Assert.Equal([true, true, true, false, true, false], lines.Select(l => l.Kept));
        Assert.Equal("  • The quay was repaired,", lines[1].Line);
    }

    [Fact]
    public void Compare_MatchesWholeWordsOnly() =>
        Assert.False(RawLineComparison.Compare("0 0", "Scores were 30 0 and 2 1.")[0].Kept);

    [Fact]
    public void Compare_IgnoresQuoteStyleAndCase() =>
        Assert.True(RawLineComparison.Compare("“IT’S OPEN,” she said.", "\"It's open,\" she said.")[0].Kept);
}
