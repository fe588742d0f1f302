using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class ReadMoreLinkRuleTests
{
    [Theory]
    [InlineData("READ MORE: Ferry strike called off after late-night talks")]
    [InlineData("See also: How the new tram line will run")]
    [InlineData("Related: Council approves harbour budget")]
    [InlineData("Auch lesen: Diese drei Brücken werden saniert")]
    [InlineData("Lesen Sie auch: Neue Brücke eröffnet")]
    [InlineData("Lire aussi : le marché couvert ouvre en mai")]
    public void IsReadMoreLink_RecognisesInlineLinksToOtherStories(string text)
    {
        Assert.True(ReadMoreLinkRule.IsReadMoreLink(text));
    }

    [Theory]
    [InlineData("Read more about the plan on the council's website, the mayor said.")]
    [InlineData("More than 4,000 people signed the petition.")]
    public void IsReadMoreLink_KeepsSentencesThatStartWithTheSameWords(string text)
    {
        Assert.False(ReadMoreLinkRule.IsReadMoreLink(text));
    }
}
