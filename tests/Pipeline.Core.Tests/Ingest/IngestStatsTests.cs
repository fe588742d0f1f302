using Pipeline.Core.Ingest;

namespace Pipeline.Core.Tests.Ingest;

public sealed class IngestStatsTests
{
    [Fact]
    public async Task CountRequest_ChargesTheStageTheCallerIsIn_ParallelWorkIncluded()
    {
        var stats = new IngestStats(TimeProvider.System);
        IngestStats.CountRequest();
        using (stats.Enter(IngestStage.Read))
        {
            IngestStats.CountRequest();
        }

        using (stats.Enter(IngestStage.Write))
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, 100), async (_, _) =>
            {
                await Task.Yield();
                IngestStats.CountRequest();
            });
        }

        IngestStats.CountRequest();
        var snapshot = stats.Snapshot();

        Assert.Equal(1, snapshot[IngestStage.Read].Requests);
        Assert.Equal(100, snapshot[IngestStage.Write].Requests);
        Assert.Equal(2, snapshot.Count);
    }

    [Fact]
    public void Sum_AddsStageByStage()
    {
        var first = new Dictionary<IngestStage, StageTally> { [IngestStage.Read] = new(TimeSpan.FromSeconds(1), 2) };
        var second = new Dictionary<IngestStage, StageTally> { [IngestStage.Read] = new(TimeSpan.FromSeconds(2), 3), [IngestStage.Write] = new(TimeSpan.Zero, 5) };

        var sum = IngestStats.Sum(first, second);

        Assert.Equal(new StageTally(TimeSpan.FromSeconds(3), 5), sum[IngestStage.Read]);
        Assert.Equal(new StageTally(TimeSpan.Zero, 5), sum[IngestStage.Write]);
    }
}
