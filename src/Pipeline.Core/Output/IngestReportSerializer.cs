using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Core.Ingest;

namespace Pipeline.Core.Output;

/// <summary>Writes an <see cref="IngestReport"/> as the JSON stored in <c>ingest-reports/{input}.json</c>.</summary>
public static class IngestReportSerializer
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(IngestReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("input", report.Input.Name);
            json.WriteString("container", report.Input.Container);
            WriteNullable(json, "etag", report.Input.ETag);
            json.WriteString("status", Lower(report.Status));
            WriteNullable(json, "format", report.Format);
            WriteNullable(json, "reason", report.Reason);
            json.WriteStartObject("timings");
            json.WriteString("startedAt", report.StartedAt.ToString("O", CultureInfo.InvariantCulture));
            json.WriteNumber("durationMs", Math.Round(report.Duration.TotalMilliseconds, 1));
            json.WriteEndObject();
            json.WriteStartObject("counts");
            foreach (var status in Enum.GetValues<RecordStatus>())
            {
                json.WriteNumber(Lower(status), report.Counts.Of(status));
            }

            json.WriteEndObject();
            json.WriteStartArray("records");
            foreach (var record in report.Records)
            {
                WriteRecord(json, record);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static void WriteRecord(Utf8JsonWriter json, RecordOutcome record)
    {
        json.WriteStartObject();
        json.WriteString("record", record.Record);
        json.WriteString("status", Lower(record.Status));
        WriteNullable(json, "id", record.Id);
        WriteNullable(json, "duplicateOf", record.DuplicateOf);
        if (record.Similarity is { } similarity)
        {
            json.WriteNumber("similarity", Math.Round(similarity, 4));
        }

        WriteNullable(json, "reason", record.Reason);
        json.WriteEndObject();
    }

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
