using System.IO.Compression;
using System.Text.Json;

namespace Pipeline.Core.Evaluation;

/// <summary>
/// A folder laid out like the article-extraction benchmark: <c>ground-truth.json</c> plus one rendering per page
/// under <c>html/{id}.html.gz</c> (or <c>.html</c>), <c>lynx/{id}.txt</c> and <c>w3m/{id}.txt</c>.
/// </summary>
public sealed class BenchmarkCorpus(string root)
{
    public static readonly string[] Renderings = ["html", "lynx", "w3m"];

    public IReadOnlyList<BenchmarkPage> LoadTruth()
    {
        using var stream = File.OpenRead(Path.Combine(root, "ground-truth.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject()
            .Select(p => new BenchmarkPage(p.Name, p.Value.GetProperty("articleBody").GetString() ?? "", p.Value.TryGetProperty("url", out var url) ? url.GetString() : null))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The page's rendering as a file name and its bytes, or null when this rendering is missing.</summary>
    public (string Name, byte[] Bytes)? Load(string rendering, string id)
    {
        foreach (var name in rendering == "html" ? new[] { $"{id}.html.gz", $"{id}.html" } : [$"{id}.txt"])
        {
            var path = Path.Combine(root, rendering, name);
            if (!File.Exists(path))
            {
                continue;
            }

            if (!path.EndsWith(".gz", StringComparison.Ordinal))
            {
                return (name, File.ReadAllBytes(path));
            }

            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            return (name[..^3], buffer.ToArray());
        }

        return null;
    }
}
