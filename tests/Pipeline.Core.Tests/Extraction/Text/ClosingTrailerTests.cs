namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class ClosingTrailerTests
{
    private const string StoryThenTagsAndBio =
        """
        The loneliest song of the decade

           The band had never written a ballad before, and the label was sure that nobody would buy a slow song from a group known for its loud guitars.

           They recorded it in one night anyway, with the singer alone at the piano and the rest of the band listening from the control room next door.

           The song became their biggest hit, stayed at the top of the charts for three weeks and is still played at weddings all over the country.

           Tags: music, ballads, eighties, rock

           Advertisement

           Tim Anderson has written about music for many years, lives with two cats in a small flat by the river and plays the bass guitar badly.
        """;

    [Fact]
    public void Extract_DropsTheBioBehindTheTagLineAfterTheStory()
    {
        var paragraphs = TextDumps.Extract(StoryThenTagsAndBio).Paragraphs;

        Assert.StartsWith("The song became their biggest hit", paragraphs[^1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("plays the bass guitar", StringComparison.Ordinal));
    }

    private const string LastParagraphAfterADoubledCaption =
        """
        The minister stays in office

           The health minister said on Friday morning that he had no intention of stepping down after photos of him at a private dinner were published.

           The prime minister is to meet the president this afternoon to discuss whether the minister can stay in the government after the scandal.

           The opposition has called for a vote of no confidence, which it cannot win without the votes of at least two of the coalition's parties.

           The interior minister at the party congress in June

           The interior minister at the party congress in June

           The interior minister, who leads the smaller coalition party, said that his party would decide on its position at a meeting on Monday.
        """;

    [Fact]
    public void Extract_KeepsTheLastParagraphAfterADoubledPhotoCaption()
    {
        var paragraphs = TextDumps.Extract(LastParagraphAfterADoubledCaption).Paragraphs;

        Assert.StartsWith("The interior minister, who leads", paragraphs[^1]);
    }
}
