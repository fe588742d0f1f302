using System.Text;
using System.Text.Json;

namespace Pipeline.Cli.Commands;

/// <summary>Writes a JSON Lines dump of article-like records (fixed seed: the same file every time), each distinct, ~2-4 KB.</summary>
internal static class BenchDumpGenerator
{
    private static readonly string[] Words =
    [
        "the", "city", "council", "said", "on", "monday", "that", "new", "bridge", "would", "open", "next", "year", "after", "repairs",
        "residents", "welcomed", "plan", "but", "some", "asked", "about", "cost", "budget", "of", "project", "was", "approved", "by",
        "majority", "vote", "in", "a", "meeting", "late", "evening", "officials", "expect", "traffic", "to", "ease", "once", "works",
        "are", "finished", "local", "businesses", "hope", "for", "more", "visitors", "during", "summer", "season", "when", "ferry",
        "service", "also", "returns", "mayor", "told", "reporters", "it", "is", "important", "step", "region", "school", "hospital",
        "river", "train", "station", "market", "weather", "storm", "rain", "week", "police", "fire", "team", "won", "match", "against",
        "rivals", "coach", "players", "fans", "celebrated", "street", "night", "report", "shows", "prices", "rose", "percent", "last",
        "month", "economy", "growth", "slowed", "bank", "rates", "government", "minister", "announced", "funding", "teachers", "nurses",
    ];

    public static async Task WriteAsync(string path, long bytes, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var temporary = path + ".part";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var record = new StringBuilder();
            for (var i = 1; file.Length < bytes; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = JsonSerializer.Serialize(new
                {
                    title = Sentence(random, 6, 12),
                    text = Body(random, record),
                    url = $"https://news.example.com/{2020 + (i % 6)}/{i}",
                    published_at = $"{2020 + (i % 6)}-{1 + (i % 12):00}-{1 + (i % 28):00}T{i % 24:00}:{i % 60:00}:00+01:00",
                    authors = new[] { new { name = $"Reporter {i % 97}" } },
                    site_name = "Example News",
                    lang = "en",
                });
                await file.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static string Body(Random random, StringBuilder body)
    {
        body.Clear();
        var paragraphs = random.Next(4, 8);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                body.Append("\n\n");
            }

            var sentences = random.Next(3, 6);
            for (var s = 0; s < sentences; s++)
            {
                body.Append(s > 0 ? " " : "").Append(Sentence(random, 8, 20)).Append('.');
            }
        }

        return body.ToString();
    }

    private static string Sentence(Random random, int min, int max)
    {
        var words = Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }
}
