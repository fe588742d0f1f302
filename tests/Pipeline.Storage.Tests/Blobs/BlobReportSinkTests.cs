using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Storage.Blobs;

namespace Pipeline.Storage.Tests.Blobs;

/// <summary>Reports as the progress of a chunked input: conditional replaces, and a final report streamed from its records.</summary>
public sealed class BlobReportSinkTests
{
    [Fact]
    public async Task TryReplace_AfterSomeoneElseReplacedIt_IsRefusedAndKeepsTheirs()
    {
        var sink = new BlobReportSink(await TestStorage.NewContainerAsync("reports"), TestStorage.Resilience);
        await sink.WriteAsync(Processing(done: 0), CancellationToken.None);
        var (_, etag) = (await sink.ReadAsync("dump.jsonl", CancellationToken.None))!.Value;

        var mine = await sink.TryReplaceAsync(Processing(done: 1), etag, CancellationToken.None);
        var theirs = await sink.TryReplaceAsync(Processing(done: 2), etag, CancellationToken.None);

        Assert.True(mine);
        Assert.False(theirs);
        Assert.Single((await sink.ReadAsync("dump.jsonl", CancellationToken.None))!.Value.Report.Chunks!.Done);
    }

    [Fact]
    public async Task TryReplace_WithStreamedRecords_WritesEveryRecordAndTheStatusMetadata()
    {
        var container = await TestStorage.NewContainerAsync("reports");
        var sink = new BlobReportSink(container, TestStorage.Resilience);
        await sink.WriteAsync(Processing(done: 0), CancellationToken.None);
        var (_, etag) = (await sink.ReadAsync("dump.jsonl", CancellationToken.None))!.Value;

        var replaced = await sink.TryReplaceAsync(Processing(done: 0) with { Status = InputStatus.Processed }, Outcomes(50_000), etag, CancellationToken.None);

        Assert.True(replaced);
        var blob = container.GetBlobClient("dump.jsonl.json");
        using var json = System.Text.Json.JsonDocument.Parse((await blob.DownloadContentAsync()).Value.Content.ToMemory());
        Assert.Equal(50_000, json.RootElement.GetProperty("records").GetArrayLength());
        Assert.Equal("processed", (await blob.GetPropertiesAsync()).Value.Metadata[BlobReportSink.StatusKey]);
    }

    [Fact]
    public async Task Read_ABlobThatIsNotAReport_IsNoReport()
    {
        var container = await TestStorage.NewContainerAsync("reports");
        await container.GetBlobClient("odd.txt.json").UploadAsync(BinaryData.FromString("{\"hello\": 1}"));

        Assert.Null(await new BlobReportSink(container, TestStorage.Resilience).ReadAsync("odd.txt", CancellationToken.None));
    }

    private static IngestReport Processing(int done) => new()
    {
        Input = new InputRef("raw", "dump.jsonl", "\"0x1\""),
        Status = InputStatus.Processing,
        StartedAt = DateTimeOffset.UnixEpoch,
        Duration = TimeSpan.Zero,
        Chunks = new ChunkProgress("run", 3, Enumerable.Range(0, done).Select(i => new ChunkInfo(i, 10, "host", TimeSpan.FromSeconds(1))).ToList()),
    };

    private static async IAsyncEnumerable<RecordOutcome> Outcomes(int count)
    {
        for (var n = 1; n <= count; n++)
        {
            yield return new RecordOutcome($"line {n}", RecordStatus.Written, $"{n:x32}");
        }

        await Task.CompletedTask;
    }
}
