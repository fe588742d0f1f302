using System.Globalization;
using System.Text.Json;
using Pipeline.Core.Ingest;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Ingest.Chunks;

namespace Pipeline.Core.Ingest.Reports;

/// <summary>
/// Reads a report written by <see cref="IngestReportSerializer"/> back, without its record list: what a chunked input's
/// progress is kept in between chunks, and what the CLI shows while it waits.
/// </summary>
public static class IngestReportReader
{
    /// <summary>Reads a report from a stream without holding its record list (a big input's is most of its bytes).</summary>
    /// <exception cref="JsonException">Not a report.</exception>
    public static async Task<IngestReport> ReadAsync(Stream json, CancellationToken cancellationToken) =>
        Read(await RecordListSkipper.WithoutRecordsAsync(json, cancellationToken));

    /// <exception cref="JsonException">Not a report.</exception>
    public static IngestReport Read(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var timings = root.GetProperty("timings");
        var counts = root.GetProperty("counts");
        return new IngestReport
        {
            Input = new InputRef(root.GetProperty("container").GetString()!, root.GetProperty("input").GetString()!, String(root, "etag")),
            Status = Enum.Parse<InputStatus>(root.GetProperty("status").GetString()!, ignoreCase: true),
            Format = String(root, "format"),
            Reason = String(root, "reason"),
            StartedAt = DateTimeOffset.Parse(timings.GetProperty("startedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Duration = TimeSpan.FromMilliseconds(timings.GetProperty("durationMs").GetDouble()),
            Stages = Stages(timings),
            Counts = new RecordCounts(counts.GetProperty("written").GetInt32(), counts.GetProperty("duplicate").GetInt32(), counts.GetProperty("rejected").GetInt32()),
            Removals = root.TryGetProperty("removals", out var removals)
                ? RemovalCounts.Of(removals.EnumerateObject().Select(r => KeyValuePair.Create(r.Name, r.Value.GetInt64())))
                : RemovalCounts.None,
            Chunks = root.TryGetProperty("chunks", out var chunks) ? Chunks(chunks) : null,
            Withdrawal = Withdrawal(root),
        };
    }

    private static Dictionary<IngestStage, StageTally> Stages(JsonElement timings)
    {
        var stages = new Dictionary<IngestStage, StageTally>();
        if (timings.TryGetProperty("stages", out var element))
        {
            foreach (var stage in element.EnumerateObject())
            {
                stages[Enum.Parse<IngestStage>(stage.Name, ignoreCase: true)] =
                    new StageTally(TimeSpan.FromMilliseconds(stage.Value.GetProperty("ms").GetDouble()), stage.Value.GetProperty("requests").GetInt64());
            }
        }

        return stages;
    }

    private static ChunkProgress Chunks(JsonElement chunks) => new(
        chunks.GetProperty("run").GetString()!,
        chunks.GetProperty("total").ValueKind == JsonValueKind.Number ? chunks.GetProperty("total").GetInt32() : null,
        chunks.GetProperty("processed").EnumerateArray().Select(c => new ChunkInfo(
            c.GetProperty("chunk").GetInt32(),
            c.GetProperty("records").GetInt32(),
            c.GetProperty("processedBy").GetString()!,
            TimeSpan.FromMilliseconds(c.GetProperty("durationMs").GetDouble()))).ToList());

    private static WithdrawalSummary? Withdrawal(JsonElement root)
    {
        var element = root.TryGetProperty("superseded", out var superseded) ? superseded : root;
        if (!element.TryGetProperty("withdrawn", out var withdrawn))
        {
            return null;
        }

        return new WithdrawalSummary(Strings(withdrawn), Strings(element.GetProperty("promoted")), element.TryGetProperty("etags", out var etags) ? Strings(etags) : []);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString()!).ToList();

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
