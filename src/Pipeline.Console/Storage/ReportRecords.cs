using System.Text.Json;
using Pipeline.Core.Ingest;

namespace Pipeline.Console.Storage;

/// <summary>Reads the <c>records</c> list of a report (see the README's *Reports*).</summary>
public static class ReportRecords
{
    public static (List<RecordOutcome> Records, int Listed) Read(ReadOnlyMemory<byte> json, int limit)
    {
        using var document = JsonDocument.Parse(json);
        var records = new List<RecordOutcome>();
        var listed = 0;
        if (!document.RootElement.TryGetProperty("records", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return (records, 0);
        }

        foreach (var item in list.EnumerateArray())
        {
            if (listed++ >= limit)
            {
                continue;
            }

            records.Add(new RecordOutcome(
                String(item, "record") ?? "",
                Enum.TryParse<RecordStatus>(String(item, "status"), ignoreCase: true, out var status) ? status : RecordStatus.Rejected,
                String(item, "id"),
                String(item, "duplicateOf"),
                item.TryGetProperty("similarity", out var similarity) && similarity.ValueKind == JsonValueKind.Number ? similarity.GetDouble() : null,
                String(item, "reason")));
        }

        return (records, listed);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
