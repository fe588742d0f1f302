namespace Pipeline.Core.Ingest;

/// <summary>
/// An input's record outcomes as its report keeps them: counted by status, and listed one by one up to a limit.
/// Past the limit only duplicates and rejections are still listed, so an input of millions of records (the CLI's
/// batch) doesn't hold an outcome per written record; below it the report lists every record.
/// </summary>
internal sealed class RecordTally(int maxListed)
{
    private readonly List<RecordOutcome> listed = [];
    private readonly int[] counts = new int[Enum.GetValues<RecordStatus>().Length];
    private int total;

    public IReadOnlyList<RecordOutcome> Listed => listed;

    public RecordCounts Counts => new(counts[(int)RecordStatus.Written], counts[(int)RecordStatus.Duplicate], counts[(int)RecordStatus.Rejected]);

    public void AddRange(IEnumerable<RecordOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            Add(outcome);
        }
    }

    public void Add(RecordOutcome outcome)
    {
        var seen = total++;
        counts[(int)outcome.Status]++;
        if (seen < maxListed || outcome.Status != RecordStatus.Written)
        {
            listed.Add(outcome);
        }
    }
}
