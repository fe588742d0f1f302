using System.Text;

namespace Pipeline.Cli.Bench;

/// <summary>
/// Invented news articles that read like news to the pipeline: sentences with subjects, verbs, objects, quotes and
/// connectives, names, places and figures, in English and (one article in ten) German, 6-9 paragraphs of about
/// 2.2 KB in all. Article n of a seed is always the same text; two different articles share almost no five-word run.
/// </summary>
public static class NewsArticleGenerator
{
    private static readonly Language English = new(
        Subjects: ["The city council", "The regional government", "The health ministry", "A spokesperson for the company", "Local residents", "The transport agency", "Union leaders", "The university", "Police officers", "Hospital managers", "The school board", "Shop owners in the old town", "The harbour authority", "Environmental groups", "The finance committee", "Several farmers"],
        Verbs: ["announced", "approved", "rejected", "criticised", "welcomed", "postponed", "questioned", "defended", "funded", "delayed", "reviewed", "proposed"],
        Objects: ["a plan to rebuild the bridge", "the new tram timetable", "repairs to the flooded tunnel", "a wind farm off the coast", "the closure of the night market", "a budget for school meals", "the expansion of the library", "a study of river pollution", "the sale of the old depot", "a trial of electric ferries", "changes to parking rules", "the renovation of the stadium", "a new housing estate", "higher fees for waste collection"],
        Details: ["after a long debate on {day}", "despite strong objections from {place}", "earlier than many had expected", "following a public hearing in {place}", "amid rising costs of about {n} million", "before the winter storms arrive", "with support from neighbours in {place}", "under pressure from the unions", "without a formal vote", "ahead of the elections in {month}"],
        Openers: ["", "", "", "However, ", "Meanwhile, ", "In a statement, ", "According to officials, ", "On {day}, ", "Earlier this year, ", "As a result, "],
        Quotes: ["\"We have waited for this for a long time,\" said {name}, who has lived in {place} for {n} years.", "\"Nobody has explained to us what this will cost,\" {name} told reporters on {day}.", "\"It is the right decision for the region,\" said {name}, a member of the committee.", "{name} said the work would take at least {n} months and that the public would be kept informed."],
        Days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        Months: ["March", "April", "May", "June", "September", "October"]);

    private static readonly Language German = new(
        Subjects: ["Der Stadtrat", "Die Landesregierung", "Das Gesundheitsministerium", "Ein Sprecher des Unternehmens", "Die Anwohner", "Die Verkehrsbetriebe", "Die Gewerkschaft", "Die Universität", "Die Polizei", "Die Klinikleitung", "Der Schulausschuss", "Die Händler in der Altstadt"],
        Verbs: ["kündigte", "genehmigte", "lehnte", "kritisierte", "begrüßte", "verschob", "prüfte", "verteidigte"],
        Objects: ["den Plan für den Neubau der Brücke an", "den neuen Fahrplan der Straßenbahn ab", "die Reparatur des überfluteten Tunnels", "einen Windpark vor der Küste", "die Schließung des Nachtmarkts", "das Budget für das Schulessen", "die Erweiterung der Bibliothek", "eine Studie über die Verschmutzung des Flusses"],
        Details: ["nach einer langen Debatte am {day}", "trotz heftiger Einwände aus {place}", "früher als von vielen erwartet", "nach einer öffentlichen Anhörung in {place}", "wegen steigender Kosten von rund {n} Millionen Euro", "noch vor dem Winter", "mit der Unterstützung der Nachbarn in {place}", "ohne eine förmliche Abstimmung"],
        Openers: ["", "", "Allerdings ", "Unterdessen ", "In einer Erklärung ", "Nach Angaben der Behörden ", "Am {day} "],
        Quotes: ["\"Darauf haben wir lange gewartet\", sagte {name}, der seit {n} Jahren in {place} lebt.", "\"Niemand hat uns erklärt, was das kosten wird\", sagte {name} am {day}.", "{name} sagte, die Arbeiten würden mindestens {n} Monate dauern und die Öffentlichkeit werde informiert."],
        Days: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        Months: ["März", "April", "Mai", "Juni", "September", "Oktober"]);

    private static readonly string[] GivenNames = ["Anna", "Marta", "Jonas", "Peter", "Sofia", "Liam", "Clara", "David", "Elena", "Omar", "Grace", "Lukas", "Nora", "Tomás", "Ingrid", "Samuel"];
    private static readonly string[] FamilyNames = ["Kessling", "Aberle", "Brennan", "Okafor", "Lindqvist", "Moreau", "Novak", "Hartmann", "Silva", "Weber", "Fischer", "Costa", "Nakamura", "Doyle", "Keller", "Ricci"];
    private static readonly string[] Places = ["Port Ellery", "Westbrook", "Lindenau", "Harrow Bay", "Millford", "Eastfield", "Kirchberg", "Ashcombe", "Riverton", "Neustadt", "Greyhaven", "Oakley"];

    /// <summary>Article <paramref name="n"/> of <paramref name="seed"/>: title, body paragraphs and language code.</summary>
    public static (string Title, IReadOnlyList<string> Paragraphs, string Language) Article(int seed, long n)
    {
        var random = new Random(StableSeed.Of(seed, n, 0));
        var language = random.Next(10) == 0 ? German : English;
        var paragraphs = new List<string>();
        for (var p = random.Next(6, 10); p > 0; p--)
        {
            var paragraph = new StringBuilder();
            for (var s = random.Next(2, 4); s > 0; s--)
            {
                paragraph.Append(paragraph.Length > 0 ? " " : "").Append(random.Next(6) == 0 ? Fill(random, Pick(random, language.Quotes), language) : Sentence(random, language));
            }

            paragraphs.Add(paragraph.ToString());
        }

        var title = Fill(random, $"{Pick(random, language.Subjects)} {Pick(random, language.Verbs)} {Pick(random, language.Objects)} in {{place}}", language);
        return (title, paragraphs, language == German ? "de" : "en");
    }

    /// <summary>The same article as an edited copy would carry it: one paragraph rewritten, one sentence added at the end.</summary>
    public static IReadOnlyList<string> Edited(IReadOnlyList<string> paragraphs, int seed, long n)
    {
        var random = new Random(StableSeed.Of(seed, n, 1));
        var edited = paragraphs.ToList();
        edited[random.Next(edited.Count)] = Sentence(random, English) + " " + Sentence(random, English);
        edited[^1] += " " + Sentence(random, English);
        return edited;
    }

    private static string Sentence(Random random, Language language)
    {
        var opener = Fill(random, Pick(random, language.Openers), language);
        var subject = Pick(random, language.Subjects);
        if (opener.Length > 0 && language == English)
        {
            subject = char.ToLowerInvariant(subject[0]) + subject[1..];
        }

        return Fill(random, $"{opener}{subject} {Pick(random, language.Verbs)} {Pick(random, language.Objects)} {Pick(random, language.Details)}.", language);
    }

    private static string Fill(Random random, string template, Language language) => template
        .Replace("{name}", $"{Pick(random, GivenNames)} {Pick(random, FamilyNames)}", StringComparison.Ordinal)
        .Replace("{place}", Pick(random, Places), StringComparison.Ordinal)
        .Replace("{day}", Pick(random, language.Days), StringComparison.Ordinal)
        .Replace("{month}", Pick(random, language.Months), StringComparison.Ordinal)
        .Replace("{n}", random.Next(2, 400).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private sealed record Language(string[] Subjects, string[] Verbs, string[] Objects, string[] Details, string[] Openers, string[] Quotes, string[] Days, string[] Months);
}
