namespace Pipeline.Core.Ingest;

/// <summary>
/// Where an input's (or a chunk's) time and storage requests went, by <see cref="IngestStage"/>. Code runs a stage inside
/// <see cref="Enter"/>; the storage adapters count each request they send with <see cref="CountRequest"/>, which charges
/// it to the stage the calling code is in (an async-local scope, so requests made in parallel are counted too).
/// </summary>
public sealed class IngestStats(TimeProvider time)
{
    private readonly TimeProvider time = time;
    private static readonly AsyncLocal<Scope?> Current = new();
    private readonly long[] ticks = new long[Enum.GetValues<IngestStage>().Length];
    private readonly long[] requests = new long[Enum.GetValues<IngestStage>().Length];

    /// <summary>Counts one storage request for the stage the caller is in; requests outside any stage are not counted.</summary>
    public static void CountRequest()
    {
        if (Current.Value is { } scope)
        {
            Interlocked.Increment(ref scope.Stats.requests[(int)scope.Stage]);
        }
    }

    /// <summary>Runs the caller's code until the returned scope is disposed as this stage: its elapsed time and requests count here.</summary>
    public IDisposable Enter(IngestStage stage) => new Scope(this, stage);

    public void Add(IngestStage stage, StageTally tally)
    {
        Interlocked.Add(ref ticks[(int)stage], tally.Elapsed.Ticks);
        Interlocked.Add(ref requests[(int)stage], tally.Requests);
    }

    public void Add(IReadOnlyDictionary<IngestStage, StageTally> tallies)
    {
        foreach (var (stage, tally) in tallies)
        {
            Add(stage, tally);
        }
    }

    /// <summary>Two accounts added up stage by stage (a chunk's into its input's).</summary>
    public static IReadOnlyDictionary<IngestStage, StageTally> Sum(IReadOnlyDictionary<IngestStage, StageTally> first, IReadOnlyDictionary<IngestStage, StageTally> second)
    {
        var sum = new SortedDictionary<IngestStage, StageTally>();
        foreach (var (stage, tally) in first.Concat(second))
        {
            sum[stage] = sum.TryGetValue(stage, out var before) ? before.Plus(tally) : tally;
        }

        return sum;
    }

    /// <summary>The stages that took time or made requests.</summary>
    public IReadOnlyDictionary<IngestStage, StageTally> Snapshot()
    {
        var snapshot = new SortedDictionary<IngestStage, StageTally>();
        foreach (var stage in Enum.GetValues<IngestStage>())
        {
            var tally = new StageTally(TimeSpan.FromTicks(Interlocked.Read(ref ticks[(int)stage])), Interlocked.Read(ref requests[(int)stage]));
            if (tally != StageTally.Zero)
            {
                snapshot[stage] = tally;
            }
        }

        return snapshot;
    }

    private sealed class Scope : IDisposable
    {
        private readonly Scope? outer;
        private readonly long started;

        public Scope(IngestStats stats, IngestStage stage)
        {
            started = stats.time.GetTimestamp();
            Stats = stats;
            Stage = stage;
            outer = Current.Value;
            Current.Value = this;
        }

        public IngestStats Stats { get; }

        public IngestStage Stage { get; }

        public void Dispose()
        {
            Interlocked.Add(ref Stats.ticks[(int)Stage], Stats.time.GetElapsedTime(started).Ticks);
            Current.Value = outer;
        }
    }
}
