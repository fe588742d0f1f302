using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>
/// A storage outage while two local hosts share one chunked dump: a class of its own, so it runs beside the
/// single-host outage test rather than after it (both mostly wait).
/// </summary>
public sealed class LocalHostChunkedOutageTests
{
    [Fact]
    public async Task TwoLocalHosts_StorageDownForTenSecondsWhileTheyShareAChunkedDump_LoseNothingAndDuplicateNothing()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var first = await LocalHostProcess.StartAsync(azurite.ConnectionString, LocalHostChunkTests.SmallChunks);
        await using var second = await LocalHostProcess.StartAsync(azurite.ConnectionString, LocalHostChunkTests.SmallChunks);
        const int records = 3_000, copies = 300;

        // A dump whose last 300 lines repeat earlier articles (exact copies), and small inputs processed meanwhile.
        var dump = ArticleDumps.JsonLines(records - copies).Concat(ArticleDumps.JsonLines(copies)).ToArray();
        var (_, etag) = await storage.DropAsync("outage/dump.jsonl", dump);
        var singles = new Dictionary<string, Azure.ETag>();
        for (var n = 0; n < 20; n++)
        {
            singles[$"outage/single-{n}.txt"] = (await storage.DropAsync($"outage/single-{n}.txt", ArticleDumps.Article(10_000 + n))).ETag;
        }

        await HostWait.UntilAsync(async () => await storage.ChunksDoneAsync("outage/dump.jsonl") >= 3, TimeSpan.FromSeconds(90), first, second);
        await azurite.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await azurite.RestartAsync();

        var report = await LocalHostChunkTests.WaitForFinalReportAsync(storage, "outage/dump.jsonl", etag, TimeSpan.FromMinutes(5), first, second);
        foreach (var (name, singleEtag) in singles)
        {
            Assert.Equal("processed", (await storage.WaitForReportAsync(name, singleEtag, TimeSpan.FromMinutes(4), settled: true)).GetProperty("status").GetString());
        }

        Assert.Equal("processed", report.GetProperty("status").GetString());
        var listed = report.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, records).Select(n => $"line {n}"), listed.Select(r => r.GetProperty("record").GetString()));
        Assert.Equal(records - copies, listed.Count(r => r.GetProperty("status").GetString() == "written"));
        Assert.Equal(copies, listed.Count(r => r.GetProperty("status").GetString() == "duplicate"));
        Assert.Equal(records - copies + singles.Count, (await storage.ListAsync(storage.Normalized)).Count);
        Assert.False(first.HasExited || second.HasExited, first.Output + "\n" + second.Output);
    }
}
