using Pipeline.Console.Storage;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;

namespace Pipeline.Console.Tests.Storage;

public class InputStatusResolverTests
{
    [Fact]
    public void Resolve_AnInputWithoutAReportIsProcessing()
    {
        var inputs = InputStatusResolver.Resolve(new Dictionary<string, string> { ["new.txt"] = "\"e1\"" }, Reports());

        Assert.Equal(InputStatuses.Processing, Assert.Single(inputs).Status);
    }

    [Fact]
    public void Resolve_TakesTheReportsStatusForTheCurrentVersion()
    {
        var inputs = InputStatusResolver.Resolve(
            new Dictionary<string, string> { ["a.txt"] = "\"e1\"", ["bad.bin"] = "\"e2\"" },
            Reports(("a.txt", "e1", InputStatus.Processed, null), ("bad.bin", "e2", InputStatus.Quarantined, null)));

        Assert.Equal([InputStatuses.Processed, InputStatuses.Quarantined], inputs.Select(i => i.Status));
    }

    [Fact]
    public void Resolve_AReportOnAnOlderVersionMeansTheNewOneIsProcessing()
    {
        var inputs = InputStatusResolver.Resolve(new Dictionary<string, string> { ["a.txt"] = "\"e2\"" }, Reports(("a.txt", "e1", InputStatus.Processed, null)));

        Assert.Equal(InputStatuses.Processing, Assert.Single(inputs).Status);
    }

    [Fact]
    public void Resolve_AReportWhoseInputIsGoneIsDeleted()
    {
        var inputs = InputStatusResolver.Resolve(new Dictionary<string, string>(), Reports(("a.txt", "e1", InputStatus.Processed, null)));

        Assert.Equal(InputStatuses.Deleted, Assert.Single(inputs).Status);
    }

    [Fact]
    public void Resolve_AChunkedInputShowsItsChunksDone()
    {
        var chunks = new ChunkProgress("run", 4, [new ChunkInfo(0, 100, "host", TimeSpan.FromSeconds(1))]);
        var input = Assert.Single(InputStatusResolver.Resolve(new Dictionary<string, string> { ["big.jsonl"] = "\"e1\"" }, Reports(("big.jsonl", "e1", InputStatus.Processing, chunks))));

        Assert.Equal((InputStatuses.Processing, 1, 4), (input.Status, input.ChunksDone, input.ChunksTotal));
    }

    private static Dictionary<string, (string?, IngestReport)> Reports(params (string Name, string ETag, InputStatus Status, ChunkProgress? Chunks)[] reports) =>
        reports.ToDictionary(r => r.Name, r => ((string?)r.ETag, new IngestReport
        {
            Input = new InputRef("raw", r.Name, $"\"{r.ETag}\""),
            Status = r.Status,
            StartedAt = DateTimeOffset.UnixEpoch,
            Duration = TimeSpan.Zero,
            Chunks = r.Chunks,
        }));
}
