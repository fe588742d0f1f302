namespace Pipeline.Core.Ingest;

/// <summary>
/// What became of a batch of records (a chunk): each record's outcome in order, the formats they were read as, and how
/// many paragraphs each cleaning rule or extraction step removed from them.
/// </summary>
public sealed record RecordBatchResult(IReadOnlyList<RecordOutcome> Outcomes, IReadOnlySet<string> Formats)
{
    public RemovalCounts Removals { get; init; } = RemovalCounts.None;
}
