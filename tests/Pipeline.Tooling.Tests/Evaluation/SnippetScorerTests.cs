using Pipeline.Tooling.Evaluation;

namespace Pipeline.Tooling.Tests.Evaluation;

public sealed class SnippetScorerTests
{
    private static readonly SnippetPage Page = new("p", ["the quick brown fox", "jumps over"], ["Newsletter abonnieren"], null);

    [Fact]
    public void Score_FindsSnippetsAcrossLineBreaksAndNoBreakSpaces()
    {
        var counts = SnippetScorer.Score("The story: the quick\n\nbrown\u00A0fox jumps  over the dog.", Page);

        Assert.Equal(new SnippetCounts(2, 0, 0, 1), counts);
    }

    [Fact]
    public void Score_IsCaseSensitiveAndCountsBoilerplateAsFalsePositive()
    {
        var counts = SnippetScorer.Score("The Quick Brown Fox jumps over. Newsletter abonnieren", Page);

        Assert.Equal(new SnippetCounts(1, 1, 1, 0), counts);
    }

    [Fact]
    public void Score_EmptyOutputMissesEverythingAndKeepsNoBoilerplate()
    {
        Assert.Equal(new SnippetCounts(0, 0, 2, 1), SnippetScorer.Score("", Page));
    }

    [Fact]
    public void Counts_F1IsSummedOverSnippetsNotAveragedOverPages()
    {
        var total = new SnippetCounts(3, 1, 0, 2) + new SnippetCounts(0, 0, 4, 1);

        Assert.Equal(2.0 * 3 / (2 * 3 + 1 + 4), total.F1, 6);
        Assert.Equal(0.75, total.Precision, 6);
        Assert.Equal(3.0 / 7, total.Recall, 6);
    }
}
