using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class MarkupResidueRuleTests
{
    [Theory]
    [InlineData("&lt;span data-mce-type=\"bookmark\" style=\"display: inline-block;\"&gt;&lt;/span&gt;")]
    [InlineData("<div class=\"ad-slot\" data-size=\"300x250\"></div>")]
    public void IsMarkup_RecognisesLeakedHtml(string text)
    {
        Assert.True(MarkupResidueRule.IsMarkup(text));
    }

    [Fact]
    public void IsMarkup_KeepsQuotedSpeech()
    {
        Assert.False(MarkupResidueRule.IsMarkup("He said the answer was \"no\" and left the room."));
    }
}
