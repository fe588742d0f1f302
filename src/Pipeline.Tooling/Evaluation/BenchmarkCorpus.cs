using System.Text.Json;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// A folder laid out like the article-extraction benchmark: <c>ground-truth.json</c> plus one rendering per page
/// (<see cref="CorpusRenderings"/>).
/// </summary>
public sealed class BenchmarkCorpus(string root)
{
    public const string TruthFile = "ground-truth.json";

    public static readonly string[] Renderings = CorpusRenderings.All;

    public string Root => root;

    public IReadOnlyList<BenchmarkPage> LoadTruth()
    {
        using var stream = File.OpenRead(Path.Combine(root, TruthFile));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject()
            .Select(p => new BenchmarkPage(p.Name, p.Value.GetProperty("articleBody").GetString() ?? "", p.Value.TryGetProperty("url", out var url) ? url.GetString() : null))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The page's rendering as a file name and its bytes, or null when this rendering is missing.</summary>
    public (string Name, byte[] Bytes)? Load(string rendering, string id) => CorpusRenderings.Load(root, rendering, id);
}
