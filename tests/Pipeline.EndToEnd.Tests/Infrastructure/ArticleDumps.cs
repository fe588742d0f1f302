using System.Text;

namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>Invented text dumps: distinct articles, and copies of one article with other whitespace and boilerplate.</summary>
public static class ArticleDumps
{
    private static readonly string[] Topics = ["harbour bridge", "river ferry", "mountain railway", "city library", "coastal wind farm", "night market", "tram depot", "water reservoir"];

    public static byte[] Article(int n, int variant = 0)
    {
        var topic = Topics[n % Topics.Length];
        var paragraphs = new[]
        {
            $"The council approved a plan on Tuesday to renovate the {topic}, ending a debate that lasted {n + 3} years.",
            $"Engineers said the work on the {topic} would begin in spring and take about {n + 14} months, with most of it done at night to limit disruption.",
            $"Residents who had campaigned for the {topic} welcomed the decision, although some questioned the cost of {n + 40} million dollars.",
            $"A spokesperson for the council said further details about the {topic} project would be published next week.",
        };
        var text = new StringBuilder();
        var newline = variant % 2 == 0 ? "\n" : "\r\n";
        text.Append($"Council backs renovation of the {topic} number {n}{newline}{newline}");
        foreach (var paragraph in paragraphs)
        {
            text.Append(variant >= 2 ? paragraph.Replace(" ", "  ") : paragraph).Append(newline).Append(newline);
        }

        if (variant == 3)
        {
            text.Append($"Copyright (c) 2021. Example Daily Publishers Ltd. All rights reserved.{newline}");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
