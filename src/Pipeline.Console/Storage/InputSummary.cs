using Pipeline.Core.Ingest;

namespace Pipeline.Console.Storage;

/// <summary>
/// One input as the console shows it. <see cref="Status"/> is the report's (<c>processed</c>, <c>quarantined</c>,
/// <c>failed</c>, <c>processing</c>), <c>processing</c> for an input in <c>raw</c> without a report for its current
/// version yet, or <c>deleted</c> for a report whose input is no longer in <c>raw</c>.
/// </summary>
public sealed record InputSummary(
    string Name,
    string Status,
    string? Format,
    RecordCounts Counts,
    string? Reason,
    DateTimeOffset? StartedAt,
    double? DurationMs,
    int? ChunksDone,
    int? ChunksTotal);
