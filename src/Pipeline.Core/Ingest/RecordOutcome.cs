namespace Pipeline.Core.Ingest;

/// <summary>One record's line in an input's report.</summary>
public sealed record RecordOutcome(string Record, RecordStatus Status, string? Id = null, string? DuplicateOf = null, double? Similarity = null, string? Reason = null, string? Note = null);
