using System.Text.Json;

namespace Pipeline.Search.Indexing;

/// <summary>Reads a document of output contract v1 (schemas/article.v1.schema.json) into what the index keeps.</summary>
public static class ArticleJson
{
    /// <exception cref="JsonException">Not a v1 document.</exception>
    public static SearchDocument Read(ReadOnlySpan<byte> json, string etag)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || String(root, "id") is not { Length: > 0 } id)
        {
            throw new JsonException("not an article document: no id");
        }

        return new SearchDocument(
            id,
            etag,
            String(root, "title"),
            Strings(root, "summary"),
            String(root, "body") ?? "",
            Strings(root, "authors"),
            String(root, "publisher"),
            String(root, "url"),
            String(root, "publishedAt"),
            String(root, "language"));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
}
