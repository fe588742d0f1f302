using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class DonationAppealRuleTests
{
    [Theory]
    [InlineData("Jede kleine Spende hilft den notleidenden Menschen dieser Welt! Jetzt spenden!")]
    [InlineData("Unterstützen Sie uns bei Steady!")]
    [InlineData("Eine Welt ohne Sexismus? Unterstütze uns mit deiner Spende!")]
    [InlineData("Independent reporting costs money. Please support our journalism.")]
    [InlineData("Donate now")]
    [InlineData("Pour continuer à informer, nous avons besoin de vous : faites un don.")]
    [InlineData("Wesprzyj nas już dziś!")]
    public void TheParagraphRules_DropADonationAppeal(string paragraph)
    {
        Assert.Equal("donation-appeal", ParagraphRules.FirstMatch(paragraph)?.Name);
    }

    [Theory]
    [InlineData("LVMH’s donation will cover a portion of the purchase price for Basket of Wild Strawberries, a 1761 work by Chardin.")]
    [InlineData("Die Bezirksregierung Arnsberg unterstützt diese wichtige Arbeit finanziell, verlangt aber einen Eigenanteil.")]
    [InlineData("Die Organisatoren baten die Besucher, für die Opfer der Flut zu spenden, und sammelten am Abend 3.000 Euro.")]
    [InlineData("\"The unions support us, and so do the farmers,\" the mayor said on Tuesday.")]
    public void DoesNotMatch_AStorySentenceAboutGivingOrSupport(string paragraph)
    {
        Assert.False(DonationAppealRule.IsAppeal(paragraph));
    }
}
