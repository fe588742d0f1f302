using System.IO.Compression;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// The renderings of a benchmark folder's pages: <c>html/{id}.html.gz</c> (or <c>.html</c>), <c>lynx/{id}.txt</c> and
/// <c>w3m/{id}.txt</c>, the layout both dev corpora share.
/// </summary>
public static class CorpusRenderings
{
    public static readonly string[] All = ["html", "lynx", "w3m"];

    /// <summary>The page's rendering as a file name and its bytes, or null when this rendering is missing.</summary>
    public static (string Name, byte[] Bytes)? Load(string root, string rendering, string id)
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
