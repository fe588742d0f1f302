using System.Buffers;
using System.Text.Json;

namespace Pipeline.Core.Ingest.Reports;

/// <summary>
/// Copies a report from a stream without its top-level <c>records</c> list, token by token through a small rolling
/// buffer: the report of a dump of a million records is about 100 MB, nearly all of it that list, and what reads a
/// report back (progress, a deletion, a late chunk ticket) needs only the rest.
/// </summary>
public static class RecordListSkipper
{
    private const string SkippedProperty = "records";

    public static async Task<ReadOnlyMemory<byte>> WithoutRecordsAsync(Stream json, CancellationToken cancellationToken)
    {
        var output = new ArrayBufferWriter<byte>(4096);
        await using (var writer = new Utf8JsonWriter(output))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
            try
            {
                var copy = new CopyState();
                var filled = 0;
                var final = false;
                while (true)
                {
                    if (filled == buffer.Length)
                    {
                        // One token longer than the buffer: grow it.
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await json.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                    final = read == 0;
                    filled += read;
                    var consumed = Copy(buffer.AsSpan(0, filled), final, copy, writer);
                    buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                    filled -= consumed;
                    if (final)
                    {
                        break;
                    }
                }

                if (copy.Depth != 0 || !copy.Started)
                {
                    throw new JsonException("the report ends before its JSON does");
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return output.WrittenMemory;
    }

    /// <summary>Copies the complete tokens of <paramref name="data"/>; returns how many bytes they took.</summary>
    private static int Copy(ReadOnlySpan<byte> data, bool final, CopyState copy, Utf8JsonWriter writer)
    {
        var reader = new Utf8JsonReader(data, final, copy.Reader);
        while (reader.Read())
        {
            copy.Started = true;
            if (copy.SkipUntilDepth is { } skipDepth)
            {
                // The skipped value ends with the first token back at its property's depth that opens nothing (its
                // closing bracket, or the value itself when it is not a list).
                if (reader.CurrentDepth == skipDepth && reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.StartObject))
                {
                    copy.SkipUntilDepth = null;
                }

                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1 && reader.ValueTextEquals(SkippedProperty):
                    copy.SkipUntilDepth = 1;
                    break;
                case JsonTokenType.PropertyName:
                    writer.WritePropertyName(reader.GetString()!);
                    break;
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.String:
                    writer.WriteStringValue(reader.GetString());
                    break;
                case JsonTokenType.Number:
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    writer.WriteBooleanValue(reader.GetBoolean());
                    break;
                case JsonTokenType.Null:
                    writer.WriteNullValue();
                    break;
            }
        }

        copy.Reader = reader.CurrentState;
        copy.Depth = reader.CurrentDepth;
        return (int)reader.BytesConsumed;
    }

    private sealed class CopyState
    {
        public JsonReaderState Reader { get; set; }

        public int? SkipUntilDepth { get; set; }

        public int Depth { get; set; }

        public bool Started { get; set; }
    }
}
