using System.Text;
using System.Text.Json;

namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Invented text dumps: distinct articles (sentences drawn from word lists with a per-article seed, so two articles
/// share few word sequences), and copies of one article with other line endings, whitespace and boilerplate.
/// </summary>
public static class ArticleDumps
{
    private static readonly string[] Subjects = ["The council", "A local engineer", "The regional minister", "Residents of the old quarter", "The transport agency", "A group of farmers", "The harbour authority", "Several shop owners", "The university", "A retired teacher", "The fire brigade", "Hospital managers"];
    private static readonly string[] Verbs = ["approved", "criticised", "postponed", "welcomed", "questioned", "announced", "rejected", "funded", "inspected", "defended", "delayed", "completed"];
    private static readonly string[] Objects = ["a plan to rebuild the bridge", "the new tram timetable", "repairs to the flooded tunnel", "a wind farm off the coast", "the closure of the night market", "a budget for school meals", "the expansion of the library", "a study of river pollution", "the sale of the old depot", "a trial of electric ferries", "changes to parking rules", "the renovation of the stadium"];
    private static readonly string[] Details = ["after a long debate", "despite strong objections", "earlier than expected", "following a public hearing", "amid rising costs", "before the winter storms", "with support from neighbours", "under pressure from unions", "without a formal vote", "ahead of the elections"];

    /// <summary>A JSON Lines export of <paramref name="count"/> distinct articles (<see cref="Article"/> from <paramref name="first"/>), one record per line.</summary>
    public static byte[] JsonLines(int count, int first = 0)
    {
        var lines = new StringBuilder();
        for (var n = first; n < first + count; n++)
        {
            var text = Encoding.UTF8.GetString(Article(n));
            var title = text[..text.IndexOf('\n', StringComparison.Ordinal)];
            lines.Append(JsonSerializer.Serialize(new { title, text = text[(title.Length + 2)..], url = $"https://news.example.com/report-{n}" })).Append('\n');
        }

        return Encoding.UTF8.GetBytes(lines.ToString());
    }

    /// <summary>
    /// An edited copy of <see cref="Article"/> <paramref name="n"/>: its last paragraph cut and a new closing line added,
    /// a near duplicate of it (about three quarters of its word sequences shared) and of nothing else.
    /// </summary>
    public static byte[] Edited(int n)
    {
        var text = Encoding.UTF8.GetString(Article(n));
        var last = text.TrimEnd('\n').LastIndexOf("\n\n", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text[..last] + $"\n\nThe story was updated with a correction to report {n} on the following morning.\n");
    }

    public static byte[] Article(int n, int variant = 0)
    {
        var random = new Random(n * 7919 + 17);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var newline = variant % 2 == 0 ? "\n" : "\r\n";
        var text = new StringBuilder($"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} (report {n}){newline}{newline}");
        for (var p = 0; p < 4; p++)
        {
            var paragraph = string.Join(' ', Enumerable.Range(0, 3).Select(_ =>
                $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Details)} on day {random.Next(1, 400)}, costing {random.Next(2, 900)} thousand."));
            text.Append(variant >= 2 ? paragraph.Replace(" ", "  ") : paragraph).Append(newline).Append(newline);
        }

        if (variant == 3)
        {
            text.Append($"Copyright (c) 2021. Example Daily Publishers Ltd. All rights reserved.{newline}");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
