namespace Pipeline.Core.Ingest;

/// <summary>How many of an input's records were written, found duplicate or rejected.</summary>
public sealed record RecordCounts(int Written, int Duplicate, int Rejected)
{
    public static RecordCounts None { get; } = new(0, 0, 0);

    public int Total => Written + Duplicate + Rejected;

    public RecordCounts Plus(RecordCounts other) => new(Written + other.Written, Duplicate + other.Duplicate, Rejected + other.Rejected);

    public static RecordCounts Of(IEnumerable<RecordOutcome> outcomes)
    {
        int written = 0, duplicate = 0, rejected = 0;
        foreach (var outcome in outcomes)
        {
            _ = outcome.Status switch
            {
                RecordStatus.Written => written++,
                RecordStatus.Duplicate => duplicate++,
                _ => rejected++,
            };
        }

        return new(written, duplicate, rejected);
    }

    public int Of(RecordStatus status) => status switch
    {
        RecordStatus.Written => Written,
        RecordStatus.Duplicate => Duplicate,
        _ => Rejected,
    };
}
