namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>A cookie dialog's paragraphs read as prose; the dialog must not be taken for the article.</summary>
public sealed class ConsentDialogTests
{
    private const string Dump =
        """
        Dog drives off burglar

           On Tuesday night, at about 11:40 pm, an attempted burglary took place in North Street, the police said today.
           The owner's dog started barking at the time, and when he went to look, two men ran off towards the station.

           Cookie-Zustimmung verwalten
           Wir verwenden Technologien wie Cookies, um Geräteinformationen zu speichern und darauf zuzugreifen.
           Die technische Speicherung oder der Zugang ist unbedingt erforderlich für den rechtmäßigen Zweck, die Nutzung eines bestimmten Dienstes zu ermöglichen, der vom Teilnehmer oder Nutzer ausdrücklich gewünscht wird.
           Statistiken
           Die technische Speicherung oder der Zugriff, der ausschließlich zu statistischen Zwecken erfolgt, dient der Auswertung der Nutzung durch die Besucher dieser Seite und wird anonym gespeichert.
           Marketing
           Die technische Speicherung oder der Zugriff ist erforderlich, um Nutzerprofile zu erstellen, um Werbung zu versenden oder um den Nutzer auf einer Website oder über mehrere Websites hinweg zu verfolgen.
           Akzeptieren   Ablehnen   Einstellungen speichern
        """;

    [Fact]
    public void Extract_DialogFromCookieNoticeToButtons_IsNotTheArticle()
    {
        var body = string.Join("\n", TextDumps.Extract(Dump).Paragraphs);

        Assert.Contains("an attempted burglary took place", body);
        Assert.Contains("two men ran off", body);
        Assert.DoesNotContain("technische Speicherung", body);
    }
}
