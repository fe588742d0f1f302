using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Ingest.Chunks;

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

    /// <summary>
    /// Every record's outcome, in input order; past <see cref="Reading.ReaderOptions.MaxListedRecords"/> records, only
    /// duplicates and rejections (<see cref="Counts"/> still counts all).
    /// </summary>
    public IReadOnlyList<RecordOutcome> Records { get; init; } = [];

    /// <summary>Counted over all records, listed or not; when not set, counted from <see cref="Records"/>.</summary>
    public RecordCounts Counts
    {
        get => counts ?? RecordCounts.Of(Records);
        init => counts = value;
    }

    /// <summary>Paragraphs removed from the input's records, by the rule or extraction step that removed them (summed over chunks).</summary>
    public RemovalCounts Removals { get; init; } = RemovalCounts.None;

    /// <summary>Time and storage requests by stage (summed over chunks for a chunked input).</summary>
    public IReadOnlyDictionary<IngestStage, StageTally> Stages { get; init; } = new Dictionary<IngestStage, StageTally>();

    /// <summary>For an input cut into chunks: the run and its chunks' progress; null for an input processed in one piece.</summary>
    public ChunkProgress? Chunks { get; init; }

    /// <summary>
    /// What left the corpus with this input: its older versions' documents (a processed input: <c>superseded</c>), or
    /// all of them (a <see cref="InputStatus.Deleted"/> input); null when nothing did.
    /// </summary>
    public WithdrawalSummary? Withdrawal { get; init; }

    public long StorageRequests => Stages.Values.Sum(s => s.Requests);

    private readonly RecordCounts? counts;
}
