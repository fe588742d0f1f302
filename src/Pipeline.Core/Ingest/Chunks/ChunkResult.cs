namespace Pipeline.Core.Ingest.Chunks;

/// <summary>What a worker made of one chunk: its records' outcomes (keyed as in the whole input) and the formats they were read as.</summary>
public sealed record ChunkResult(ChunkInfo Info, IReadOnlyList<RecordOutcome> Outcomes, IReadOnlySet<string> Formats)
{
    public RecordCounts Counts => RecordCounts.Of(Outcomes);

    /// <summary>How many paragraphs each cleaning rule or extraction step removed from the chunk's records.</summary>
    public RemovalCounts Removals { get; init; } = RemovalCounts.None;
}
