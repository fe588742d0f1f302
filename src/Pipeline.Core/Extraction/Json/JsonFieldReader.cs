using System.Globalization;
using System.Text.Json;
using Pipeline.Core.Extraction.Dates;
using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Extraction.Json;

/// <summary>Reads article fields from one JSON object's top-level properties, whatever shape the crawler gave them.</summary>
internal sealed class JsonFieldReader
{
    private readonly Dictionary<string, JsonElement> properties = new(StringComparer.OrdinalIgnoreCase);

    public JsonFieldReader(JsonElement root)
    {
        foreach (var property in root.EnumerateObject())
        {
            properties.TryAdd(property.Name, property.Value);
        }
    }

    /// <summary>The first named property holding text: a string, or an array of strings joined as paragraphs.</summary>
    public string? Text(IEnumerable<string> names) => First(names, value => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join("\n\n", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())),
        JsonValueKind.Object => Name(value),
        _ => null,
    });

    public IReadOnlyList<string> Authors(IEnumerable<string> names) => First(names, value =>
    {
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var authors = items
            .SelectMany(item => item.ValueKind switch
            {
                JsonValueKind.String => BylineParser.Parse(item.GetString()!),
                JsonValueKind.Object when Name(item) is { } name => [name],
                _ => [],
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return authors.Count > 0 ? authors : null;
    }) ?? [];

    /// <summary>ISO 8601, keeping the offset the source gives; a number is a Unix time (seconds, or milliseconds when that large) in UTC.</summary>
    public string? Date(IEnumerable<string> names) => First(names, value => value.ValueKind switch
    {
        JsonValueKind.String => PublishedDateNormalizer.Normalize(value.GetString()) ?? PublishedDateParser.Find(value.GetString()!)?.Iso,
        JsonValueKind.Number when value.TryGetInt64(out var unix) && unix > 0 => FromUnixTime(unix),
        _ => null,
    });

    private static string? FromUnixTime(long unix)
    {
        var milliseconds = unix > 100_000_000_000 ? unix : unix * 1000;
        return milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? null
            : DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private T? First<T>(IEnumerable<string> names, Func<JsonElement, T?> read)
        where T : class
    {
        foreach (var name in names)
        {
            if (properties.TryGetValue(name, out var value) && read(value) is { } result && (result is not string text || !string.IsNullOrWhiteSpace(text)))
            {
                return result is string s ? (T)(object)s.Trim() : result;
            }
        }

        return null;
    }

    private static string? Name(JsonElement item) =>
        item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(name.GetString()) ? name.GetString()!.Trim() : null;
}
