namespace Pipeline.Core.Ingest;

/// <summary>What became of a batch of records (a chunk): each record's outcome in order, and the formats they were read as.</summary>
public sealed record RecordBatchResult(IReadOnlyList<RecordOutcome> Outcomes, IReadOnlySet<string> Formats);
