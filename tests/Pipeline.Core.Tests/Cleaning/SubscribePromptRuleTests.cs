using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class SubscribePromptRuleTests
{
    [Theory]
    [InlineData("Missing out on the latest developments? Enter your email below to receive future announcements direct to your inbox.")]
    [InlineData("Fearless journalism in your inbox every day")]
    [InlineData("Thank you! Check out your inbox to confirm your invite.")]
    [InlineData("Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern.")]
    [InlineData("Einmal pro Woche schicken wir dir unseren Newsletter bequem ins Postfach!")]
    [InlineData("Erhalten Sie den monatlichen Newsletter in Ihr E-Mail Postfach. Abmelden ist jederzeit möglich.")]
    [InlineData("Prüfe deinen Posteingang oder Spam-Ordner, um dein Abonnement zu bestätigen.")]
    [InlineData("Tous nos derniers podcasts dans votre boîte mail.")]
    [InlineData("Revisa tu bandeja de entrada y si no, en tu carpeta de correo no deseado.")]
    public void Matches_APitchAboutTheReadersInbox(string paragraph)
    {
        Assert.True(SubscribePromptRule.Instance.Matches(paragraph));
    }

    [Theory]
    [InlineData("Redaktion Kirche+Leben, Postfach 4320, 48024 Münster")]
    [InlineData("Phishing mails that land in your inbox can look like a message from your bank, the police warned on Tuesday.")]
    [InlineData("Die Forscher fanden heraus, dass die meisten Nutzer ihren Posteingang nur zweimal am Tag öffnen.")]
    public void Matches_NotAnAddressOrAStorySentenceAboutMail(string paragraph)
    {
        Assert.False(SubscribePromptRule.Instance.Matches(paragraph));
    }
}
