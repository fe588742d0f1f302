namespace Pipeline.Core.Ingest;

/// <summary>The account of one input: every record's outcome, or why the whole input was quarantined.</summary>
public sealed record IngestReport
{
    public required InputRef Input { get; init; }
    public required InputStatus Status { get; init; }
    public string? Format { get; init; }
    public string? Reason { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required TimeSpan Duration { get; init; }
    public IReadOnlyList<RecordOutcome> Records { get; init; } = [];
}
