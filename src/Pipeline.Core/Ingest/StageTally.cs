namespace Pipeline.Core.Ingest;

/// <summary>Time spent and storage requests made in one <see cref="IngestStage"/>.</summary>
public sealed record StageTally(TimeSpan Elapsed, long Requests)
{
    public static StageTally Zero { get; } = new(TimeSpan.Zero, 0);

    public StageTally Plus(StageTally other) => new(Elapsed + other.Elapsed, Requests + other.Requests);
}
