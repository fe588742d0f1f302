using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class CreditDisclaimerAndAdvertRuleTests
{
    [Theory]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("Have a tip? Sam Lee may be reached at the newsroom.")]
    [InlineData("Contact the author at sam.lee@example.com")]
    [InlineData("Follow her on Twitter for more stories from the courts.")]
    public void IsCreditOrContact_RecognisesCreditsAndContacts(string text)
    {
        Assert.True(CreditAndContactRule.IsCreditOrContact(text));
    }

    [Fact]
    public void IsCreditOrContact_KeepsReportingInProse()
    {
        Assert.False(CreditAndContactRule.IsCreditOrContact("Her reporting on the harbour scandal led to two resignations and a public inquiry."));
    }

    [Theory]
    [InlineData("If you buy something through our links, we may earn a commission.")]
    [InlineData("This website uses cookies to improve your experience.")]
    [InlineData("Disclaimer: The responses below are not provided or commissioned by the bank advertiser.")]
    [InlineData("Informujemy, że korzystamy z cookies.")]
    [InlineData("These statements have not been evaluated by the Food and Drug Administration.")]
    [InlineData("We and our partners store and access information on your device and process personal data for personalised ads.")]
    public void IsDisclaimer_RecognisesDisclosuresAndCookieNotices(string text)
    {
        Assert.True(DisclaimerRule.IsDisclaimer(text));
    }

    [Theory]
    [InlineData("Ich bin mit der Verarbeitung meiner Daten einverstanden. Ich kann meine Einwilligung jederzeit für die Zukunft widerrufen.")]
    [InlineData("Diese Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen, z.B. per Abmeldelink am Ende eines jeden Newsletters.")]
    [InlineData("Ich bin bis auf jederzeitigen Widerruf damit einverstanden, regelmäßig informiert zu werden.")]
    [InlineData("You can unsubscribe from this service at any time. And rest assured that your data will not be shared.")]
    [InlineData("Vous pouvez retirer votre consentement à tout moment.")]
    [InlineData("Puedes darte de baja en cualquier momento.")]
    public void IsDisclaimer_RecognisesAFormsConsentClause(string text)
    {
        Assert.True(DisclaimerRule.IsDisclaimer(text));
    }

    [Theory]
    [InlineData("Die Vollmacht kann jederzeit widerrufen werden, sagte der Anwalt.")]
    [InlineData("The minister said the licence could be revoked at any time.")]
    public void IsDisclaimer_KeepsARevocationTheStoryIsAbout(string text)
    {
        Assert.False(DisclaimerRule.IsDisclaimer(text));
    }

    [Fact]
    public void IsDisclaimer_KeepsNewsAboutCookies()
    {
        Assert.False(DisclaimerRule.IsDisclaimer("The bakery sold more than ten thousand cookies during the festival weekend."));
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Anzeige")]
    [InlineData("Story continues below advertisement")]
    public void IsAdvertLabel_RecognisesAdSlotLabels(string text)
    {
        Assert.True(AdvertLabelRule.IsAdvertLabel(text));
    }

    [Fact]
    public void IsAdvertLabel_KeepsSentencesAboutAdvertising()
    {
        Assert.False(AdvertLabelRule.IsAdvertLabel("Advertising revenue fell."));
    }
}
