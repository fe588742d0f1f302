using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Cli.Bench;

/// <summary>
/// Writes a JSON Lines crawler export of <see cref="NewsArticleGenerator"/> articles, as a user's dump would hold them:
/// mostly distinct articles, and among them exact copies (the same text under another URL) and edited copies of
/// articles met earlier in this dump or in the previous one (<paramref name="seed"/> - 1), so dedup has work to do
/// inside a chunk, across chunks and across dumps.
/// </summary>
public static class BenchDumpWriter
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the dump once: an existing file of the same parameters is kept (the same bytes every time).</summary>
    public static async Task<string> WriteAsync(string folder, int seed, int articles, double exactShare, double nearShare, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"bench-{seed}-{articles}-{exactShare:0.###}-{nearShare:0.###}.jsonl"));
        var random = new Random(seed);
        var temporary = path + ".part";
        var write = !File.Exists(path);
        await using (var file = write ? new StreamWriter(temporary) : StreamWriter.Null)
        {
            for (var i = 0; i < articles; i++)
            {
                var roll = random.NextDouble();
                var (sourceSeed, source) = i == 0 || roll >= exactShare + nearShare ? (seed, (long)i)
                    : seed > 1 && random.Next(2) == 0 ? (seed - 1, random.Next(articles)) : (seed, random.Next(i));
                var (title, paragraphs, language) = NewsArticleGenerator.Article(sourceSeed, source);
                if ((sourceSeed != seed || source != i) && roll >= exactShare)
                {
                    paragraphs = NewsArticleGenerator.Edited(paragraphs, seed, i);
                }

                if (write)
                {
                    await file.WriteLineAsync(JsonSerializer.Serialize(
                        new
                        {
                            title,
                            text = string.Join("\n\n", paragraphs),
                            url = $"https://news{i % 7}.example.com/{seed}/{i}",
                            published_at = $"2026-{1 + (i % 12):00}-{1 + (i % 28):00}T{i % 24:00}:{i % 60:00}:00+01:00",
                            authors = new[] { new { name = $"Reporter {i % 97}" } },
                            site_name = $"Example News {i % 7}",
                            lang = language,
                        },
                        Json));
                }
            }
        }

        if (write)
        {
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }
}
