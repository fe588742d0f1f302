using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;

namespace Pipeline.Storage.Withdrawals;

/// <summary>A document as read from <c>normalized</c> or <c>duplicates</c>: its JSON, the record it comes from, its ETag.</summary>
internal sealed record StoredDocument(JsonObject Json, ETag ETag)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>container/blob#record</c>: the key its source is known by in the claim log.</summary>
    public string OriginKey => Json["origin"] is JsonObject origin
        ? $"{origin["container"]?.GetValue<string>()}/{origin["blob"]?.GetValue<string>()}#{origin["record"]?.GetValue<string>()}"
        : "";

    /// <summary>The same document with another dedup verdict: the search document (<c>unique</c>) or a duplicate of <paramref name="canonicalId"/>.</summary>
    public BinaryData WithDedup(string? canonicalId)
    {
        var json = (JsonObject)Json.DeepClone();
        var similarity = canonicalId is null ? null : (json["dedup"] as JsonObject)?["similarity"]?.DeepClone();
        json["dedup"] = new JsonObject
        {
            ["status"] = canonicalId is null ? "unique" : "duplicate",
            ["duplicateOf"] = canonicalId,
            ["similarity"] = similarity,
        };
        return BinaryData.FromString(json.ToJsonString(Options) + "\n");
    }

    public static StoredDocument Parse(BinaryData content, ETag etag) =>
        new(JsonNode.Parse(content.ToMemory().Span) as JsonObject ?? throw new JsonException("a document is a JSON object"), etag);
}
