using Pipeline.Core.Ingest;

namespace Pipeline.Console.Storage;

/// <summary>Puts the inputs in <c>raw</c> and the reports together: what each input's status is right now.</summary>
public static class InputStatusResolver
{
    /// <param name="raw">Inputs in <c>raw</c> and their ETags (unquoted).</param>
    /// <param name="reports">Reports by input name, with the ETag of the input version each reports on.</param>
    public static List<InputSummary> Resolve(IReadOnlyDictionary<string, string> raw, IReadOnlyDictionary<string, (string? InputETag, IngestReport Report)> reports)
    {
        var inputs = new List<InputSummary>();
        foreach (var name in raw.Keys.Union(reports.Keys).Order(StringComparer.Ordinal))
        {
            var inRaw = raw.TryGetValue(name, out var etag);
            if (!reports.TryGetValue(name, out var reported))
            {
                inputs.Add(new InputSummary(name, InputStatuses.Processing, null, RecordCounts.None, null, null, null, null, null));
                continue;
            }

            var report = reported.Report;
            // A report on an older version of the input: the new one is waiting for (or in) the trigger.
            var stale = inRaw && reported.InputETag is { Length: > 0 } reportedETag && Unquoted(reportedETag) != Unquoted(etag!);
            var status = !inRaw ? InputStatuses.Deleted : stale ? InputStatuses.Processing : report.Status.ToString().ToLowerInvariant();
            inputs.Add(new InputSummary(
                name,
                status,
                report.Format,
                report.Counts,
                report.Reason,
                report.StartedAt,
                report.Duration.TotalMilliseconds,
                report.Chunks?.Done.Count,
                report.Chunks?.Total));
        }

        return inputs;
    }

    private static string Unquoted(string etag) => etag.Trim('"');
}
