using System.Text;
using System.Text.Json;
using Pipeline.Core.Reading.Text;

namespace Pipeline.Core.Reading.Json;

/// <summary>
/// Turns one JSON value's bytes into a JSON record, or a rejection: it must be valid JSON (UTF-8), no deeper than
/// MaxJsonDepth (System.Text.Json's reader is iterative, so 100k levels cost no stack), and an object.
/// </summary>
internal static class JsonRecordDecoder
{
    public static RawRecord Decode(string key, ReadOnlySpan<byte> bytes, int maxDepth)
    {
        if (Validate(bytes, maxDepth) is { } problem)
        {
            return RawRecord.Rejected(key, problem);
        }

        try
        {
            return new RawRecord(key, DumpFormat.Json, MojibakeRepairer.Repair(TextEncodings.StrictUtf8.GetString(bytes)));
        }
        catch (DecoderFallbackException e)
        {
            return RawRecord.Rejected(key, $"invalid UTF-8 at byte {e.Index} of the record");
        }
    }

    private static string? Validate(ReadOnlySpan<byte> bytes, int maxDepth)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return "empty record: no JSON value";
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return $"not an article: the JSON value is {Describe(reader.TokenType)}, not an object";
            }

            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException e)
        {
            return $"invalid JSON: {e.Message}";
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
