using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Core.Output;

/// <summary>
/// The one place a <see cref="NormalizedArticle"/> becomes JSON. Field order is fixed and nothing
/// time-dependent is written, so the same article always gives the same bytes.
/// </summary>
public static class ArticleDocumentSerializer
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(NormalizedArticle article, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(json, article);
        }

        if (indented)
        {
            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter json, NormalizedArticle a)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", a.SchemaVersion);
        json.WriteString("id", a.Id);
        WriteNullable(json, "title", a.Title);
        WriteArray(json, "summary", a.Summary);
        json.WriteString("body", a.Body);
        WriteArray(json, "authors", a.Authors);
        WriteNullable(json, "publisher", a.Publisher);
        WriteNullable(json, "url", a.Url);
        WriteNullable(json, "publishedAt", a.PublishedAt);
        WriteNullable(json, "language", a.Language);
        json.WriteNumber("wordCount", a.WordCount);
        json.WriteString("contentHash", a.ContentHash);
        json.WriteStartObject("origin");
        json.WriteString("container", a.Origin.Container);
        json.WriteString("blob", a.Origin.Blob);
        json.WriteString("record", a.Origin.Record);
        json.WriteString("format", a.Origin.Format);
        json.WriteEndObject();
        json.WriteStartObject("dedup");
        json.WriteString("status", a.Dedup.Status);
        WriteNullable(json, "duplicateOf", a.Dedup.DuplicateOf);
        if (a.Dedup.Similarity is { } similarity)
        {
            json.WriteNumber("similarity", Math.Round(similarity, 4));
        }
        else
        {
            json.WriteNull("similarity");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
