using System.Text.Json;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// A folder laid out like trafilatura's evaluation set as shipped in traf-dev: <c>annotations.json</c> (per page the
/// snippets its main text must and must not contain, and its URL where known) plus one rendering per page
/// (<see cref="CorpusRenderings"/>).
/// </summary>
public sealed class SnippetCorpus(string root)
{
    public const string AnnotationsFile = "annotations.json";

    public string Root => root;

    public IReadOnlyList<SnippetPage> LoadAnnotations()
    {
        using var stream = File.OpenRead(Path.Combine(root, AnnotationsFile));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject()
            .Select(p => new SnippetPage(
                p.Name,
                Strings(p.Value, "with"),
                Strings(p.Value, "without"),
                p.Value.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    public (string Name, byte[] Bytes)? Load(string rendering, string id) => CorpusRenderings.Load(root, rendering, id);

    private static List<string> Strings(JsonElement page, string name) =>
        page.TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(v => v.GetString() ?? "").Where(v => v.Length > 0).ToList()
            : [];
}
