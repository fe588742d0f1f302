namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class FurnitureLabelTests
{
    private const string StoryWithTeaserListInside =
        """
           * Ballots counted in the north
           * Turnout lower than expected
           * Home

        The council votes on the new harbour

           The town council voted on Tuesday evening to build a new harbour for the ferries, after two years of debate about its cost and its place.

           The harbour is to be built on the eastern shore, where the old shipyard stood until it closed, and the work is to start next spring.

           Local politics

           Our election coverage

           * Ballots counted in the north
           * Turnout lower than expected

           The mayor said that the ferries would carry twice as many passengers once the harbour was finished, and that the town would profit.

           The opposition voted against the plan and said that the town could not afford it, since the cost had risen by a third within a year.
        """;

    [Fact]
    public void Extract_DropsTheHeadingOfATeaserListInsideTheStory()
    {
        var paragraphs = TextDumps.Extract(StoryWithTeaserListInside).Paragraphs;

        Assert.DoesNotContain("Our election coverage", paragraphs);
        Assert.StartsWith("The town council voted", paragraphs[0]);
        Assert.StartsWith("The opposition voted", paragraphs[^1]);
    }

    [Fact]
    public void Extract_SaysTheTeaserHeadingWentAsAFurnitureLabel()
    {
        var removed = TextDumps.Extract(StoryWithTeaserListInside).Removed;

        Assert.Contains(removed, r => r.Text == "Our election coverage" && r.Reason == "furniture-label");
    }

    private const string SubheadingAfterALinkList =
        """
           * Ballots counted in the north
           * Turnout lower than expected
           * Home

        The council votes on the new harbour

           The town council voted on Tuesday evening to build a new harbour for the ferries, after two years of debate about its cost and its place.

           The harbour is to be built on the eastern shore, where the old shipyard stood until it closed, and the work is to start next spring.

           * Ballots counted in the north
           * Turnout lower than expected

           How the vote went

           The mayor said that the ferries would carry twice as many passengers once the harbour was finished, and that the town would profit.

           The opposition voted against the plan and said that the town could not afford it, since the cost had risen by a third within a year.
        """;

    [Fact]
    public void Extract_KeepsASubheadingThatIntroducesProse()
    {
        var paragraphs = TextDumps.Extract(SubheadingAfterALinkList).Paragraphs;

        Assert.Contains("How the vote went", paragraphs);
    }
}
