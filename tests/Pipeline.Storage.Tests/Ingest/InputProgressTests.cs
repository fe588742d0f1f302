using Pipeline.Core.Dedup;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Reading;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Tests.Ingest;

public sealed class InputProgressTests
{
    private static readonly InputRef Input = new("raw", "dump.jsonl", "\"0x1\"");

    [Fact]
    public async Task RecordChunk_SumsEachChunksRemovalsOnceIntoTheFinalReport()
    {
        var reports = new BlobReportSink(await TestStorage.NewContainerAsync("reports"), TestStorage.Resilience);
        var work = new ChunkWorkStore(await TestStorage.NewContainerAsync("work"), TestStorage.Resilience);
        var progress = new InputProgress(reports, work, new ReportAssembler(reports, work, new ReaderOptions(), NoDocumentWithdrawals.Instance, TimeProvider.System));
        await progress.StartAsync(Input, "run1", DateTimeOffset.UtcNow, CancellationToken.None);
        await progress.FinishPlanningAsync(Input, "run1", 2, null, new IngestStats(TimeProvider.System), CancellationToken.None);
        var first = Result(0, ("counter-line", 8), ("photo-caption", 2));
        var second = Result(1, ("counter-line", 1), ("promo", 3));

        await RecordAsync(progress, work, first);
        await RecordAsync(progress, work, first); // redelivered: counted once
        var final = await RecordAsync(progress, work, second);

        Assert.Equal(InputStatus.Processed, final!.Status);
        var expected = new[] { ("counter-line", 9L), ("photo-caption", 2L), ("promo", 3L) };
        Assert.Equal(expected, final.Removals.ByReason.Select(p => (p.Key, p.Value)));
        var stored = await reports.ReadAsync(Input.Name, CancellationToken.None);
        Assert.Equal(expected, stored!.Value.Report.Removals.ByReason.Select(p => (p.Key, p.Value)));
    }

    private static ChunkResult Result(int chunk, params (string Reason, long Count)[] removals) =>
        new(new ChunkInfo(chunk, 1, "host", TimeSpan.FromSeconds(1)), [new RecordOutcome($"line {chunk + 1}", RecordStatus.Written, $"id{chunk}")], new SortedSet<string> { "json" })
        {
            Removals = RemovalCounts.Of(removals.Select(r => KeyValuePair.Create(r.Reason, r.Count))),
        };

    private static async Task<IngestReport?> RecordAsync(InputProgress progress, ChunkWorkStore work, ChunkResult result)
    {
        var ticket = new ChunkTicket("run1", Input.Container, Input.Name, Input.ETag, result.Info.Index, 1);
        await work.WriteResultAsync(ticket, result, CancellationToken.None);
        return await progress.RecordChunkAsync(ticket, result, new IngestStats(TimeProvider.System), CancellationToken.None);
    }
}
