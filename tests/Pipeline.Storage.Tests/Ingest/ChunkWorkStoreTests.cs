using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Reading;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Tests.Ingest;

public sealed class ChunkWorkStoreTests
{
    [Fact]
    public async Task RecordsAndResults_WrittenForAChunk_AreReadBackAsWritten()
    {
        var store = new ChunkWorkStore(await TestStorage.NewContainerAsync("work"), TestStorage.Resilience);
        var ticket = new ChunkTicket("run1", "raw", "dump.jsonl", "\"0x1\"", 4, 2);
        IReadOnlyList<RawRecord> records = [new RawRecord("line 9001", DumpFormat.Json, "{\"text\":\"a\"}"), RawRecord.Rejected("line 9002", "invalid JSON")];
        var result = new ChunkResult(new ChunkInfo(4, 2, "host", TimeSpan.FromSeconds(2)), [new RecordOutcome("line 9001", RecordStatus.Written, "aa")], new SortedSet<string> { "json" });

        await store.WriteRecordsAsync(ticket, records, CancellationToken.None);
        await store.WriteResultAsync(ticket, result, CancellationToken.None);

        Assert.Equal(records, await store.ReadRecordsAsync(ticket, CancellationToken.None));
        Assert.Equal(result.Outcomes, (await store.ReadResultAsync("run1", 4, CancellationToken.None))!.Outcomes);
        Assert.Null(await store.ReadResultAsync("run1", 5, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteRun_RemovesThatRunsBlobsOnly()
    {
        var container = await TestStorage.NewContainerAsync("work");
        var store = new ChunkWorkStore(container, TestStorage.Resilience);
        foreach (var run in new[] { "done", "other" })
        {
            for (var chunk = 0; chunk < 3; chunk++)
            {
                await store.WriteRecordsAsync(new ChunkTicket(run, "raw", "x", null, chunk, 0), [], CancellationToken.None);
            }
        }

        await store.DeleteRunAsync("done", CancellationToken.None);

        var left = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            left.Add(blob.Name);
        }

        Assert.Equal(3, left.Count);
        Assert.All(left, name => Assert.StartsWith("other/", name));
    }
}
