using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class PromoAndCopyrightRuleTests
{
    [Theory]
    [InlineData("Buy the annual market guide today and save with a 25% discount. Offer valid until 30 June.")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Jetzt abonnieren: Digital-Abo mit 50 % Rabatt")]
    [InlineData("Cicero Newsletter")]
    [InlineData("Holen Sie sich meinen kostenlosen Newsletter")]
    public void IsPromo_RecognisesPitches(string text)
    {
        Assert.True(PromoParagraphRule.IsPromo(text));
    }

    [Fact]
    public void IsPromo_KeepsNewsAboutSubscriptions()
    {
        Assert.False(PromoParagraphRule.IsPromo("The streaming service said its subscription numbers rose by a fifth in the last quarter, beating forecasts."));
    }

    [Theory]
    [InlineData("Copyright (c) 2020. Example Publishers Ltd. All rights reserved.")]
    [InlineData("© 2021 Example Media")]
    [InlineData("Tous droits réservés.")]
    public void IsCopyright_RecognisesNotices(string text)
    {
        Assert.True(CopyrightLineRule.IsCopyright(text));
    }

    [Fact]
    public void IsCopyright_KeepsNewsAboutCopyright()
    {
        Assert.False(CopyrightLineRule.IsCopyright("The court ruled that the photographs were protected by copyright under the 1988 act."));
    }
}
