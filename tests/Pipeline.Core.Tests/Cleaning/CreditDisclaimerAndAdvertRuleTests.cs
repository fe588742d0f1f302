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
