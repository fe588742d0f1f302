using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;

namespace Pipeline.Core.Ingest.Reports;

/// <summary>Writes an <see cref="IngestReport"/> as the JSON stored in <c>ingest-reports/{input}.json</c>.</summary>
public static class IngestReportSerializer
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(IngestReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteHead(json, report);
            foreach (var record in report.Records)
            {
                WriteRecord(json, record);
            }

            WriteTail(json);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>
    /// Streams the report to <paramref name="destination"/> with <paramref name="records"/> as its record list, so a
    /// report of millions of records (a chunked input's, read back chunk by chunk) is never held in memory whole.
    /// </summary>
    public static async Task SerializeAsync(IngestReport report, IAsyncEnumerable<RecordOutcome> records, Stream destination, CancellationToken cancellationToken)
    {
        await using (var json = new Utf8JsonWriter(destination, Options))
        {
            WriteHead(json, report);
            await foreach (var record in records.WithCancellation(cancellationToken))
            {
                WriteRecord(json, record);
                if (json.BytesPending > 64 * 1024)
                {
                    await json.FlushAsync(cancellationToken);
                }
            }

            WriteTail(json);
        }

        await destination.WriteAsync("\n"u8.ToArray(), cancellationToken);
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
        WriteNullable(json, "note", record.Note);
        json.WriteEndObject();
    }

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Everything before the record list, which it opens.</summary>
    private static void WriteHead(Utf8JsonWriter json, IngestReport report)
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
        json.WriteNumber("durationMs", Milliseconds(report.Duration));
        json.WriteStartObject("stages");
        foreach (var (stage, tally) in report.Stages)
        {
            json.WriteStartObject(Lower(stage));
            json.WriteNumber("ms", Milliseconds(tally.Elapsed));
            json.WriteNumber("requests", tally.Requests);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteNumber("storageRequests", report.StorageRequests);
        json.WriteStartObject("counts");
        foreach (var status in Enum.GetValues<RecordStatus>())
        {
            json.WriteNumber(Lower(status), report.Counts.Of(status));
        }

        json.WriteEndObject();
        json.WriteStartObject("removals");
        foreach (var (reason, count) in report.Removals.ByReason)
        {
            json.WriteNumber(reason, count);
        }

        json.WriteEndObject();
        if (report.Chunks is { } chunks)
        {
            WriteChunks(json, chunks);
        }

        if (report.Withdrawal is { } withdrawal)
        {
            WriteWithdrawal(json, report.Status, withdrawal);
        }

        json.WriteStartArray("records");
    }

    private static void WriteChunks(Utf8JsonWriter json, ChunkProgress chunks)
    {
        json.WriteStartObject("chunks");
        json.WriteString("run", chunks.Run);
        if (chunks.Total is { } total)
        {
            json.WriteNumber("total", total);
        }
        else
        {
            json.WriteNull("total");
        }

        json.WriteNumber("done", chunks.Done.Count);
        json.WriteStartArray("processed");
        foreach (var chunk in chunks.Done.OrderBy(c => c.Index))
        {
            json.WriteStartObject();
            json.WriteNumber("chunk", chunk.Index);
            json.WriteNumber("records", chunk.Records);
            json.WriteString("processedBy", chunk.ProcessedBy);
            json.WriteNumber("durationMs", Milliseconds(chunk.Duration));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A deleted input lists what went and what was promoted; a processed one, the versions it superseded too.</summary>
    private static void WriteWithdrawal(Utf8JsonWriter json, InputStatus status, Dedup.Shared.WithdrawalSummary withdrawal)
    {
        if (status != InputStatus.Deleted)
        {
            json.WriteStartObject("superseded");
            WriteStrings(json, "etags", withdrawal.Versions);
        }

        WriteStrings(json, "withdrawn", withdrawal.Withdrawn);
        WriteStrings(json, "promoted", withdrawal.Promoted);
        if (status != InputStatus.Deleted)
        {
            json.WriteEndObject();
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteTail(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 1);

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
