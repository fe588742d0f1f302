using System.Text.Json;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>A dump bigger than a chunk, dropped into local host processes: the hosts share its chunks through the queue.</summary>
public sealed class LocalHostChunkTests
{
    /// <summary>Small chunks, so a dump of a few thousand records makes enough of them to share.</summary>
    /// <summary>Chunks of 100 records, and a run left without progress taken up again after 30 s instead of 2 minutes.</summary>
    public static readonly IReadOnlyDictionary<string, string> SmallChunks = new Dictionary<string, string>
    {
        ["Pipeline__Ingest__ChunkRecords"] = "100",
        ["Pipeline__Ingest__StaleAfter"] = "00:00:30",
    };

    [Fact]
    public async Task TwoLocalHosts_ShareTheChunksOfOneDump_EveryRecordReportedOnceAndNoDocumentTwice()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var first = await LocalHostProcess.StartAsync(azurite.ConnectionString, SmallChunks);
        await using var second = await LocalHostProcess.StartAsync(azurite.ConnectionString, SmallChunks);
        const int records = 2_000;

        var (_, etag) = await storage.DropAsync("shared/dump.jsonl", ArticleDumps.JsonLines(records));
        var report = await WaitForFinalReportAsync(storage, "shared/dump.jsonl", etag, TimeSpan.FromMinutes(3), first, second);

        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal(Enumerable.Range(1, records).Select(n => $"line {n}"), report.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("record").GetString()));
        Assert.Equal(records, (await storage.ListAsync(storage.Normalized)).Count);
        var byHost = report.GetProperty("chunks").GetProperty("processed").EnumerateArray().GroupBy(c => c.GetProperty("processedBy").GetString()).ToList();
        Assert.Equal(20, byHost.Sum(h => h.Count()));
        Assert.Equal(2, byHost.Count);
        Assert.False(first.HasExited || second.HasExited, first.Output + "\n" + second.Output);
    }

    /// <summary>Waits for the report of this version to be final (processed or quarantined), however long its chunks take, while they move.</summary>
    public static async Task<JsonElement> WaitForFinalReportAsync(PipelineStorageView storage, string name, Azure.ETag etag, TimeSpan timeout, params HostProcess[] hosts)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var report = await storage.ReadReportAsync(name);
                if (report.GetProperty("etag").GetString() == etag.ToString() && report.GetProperty("status").GetString() is "processed" or "quarantined")
                {
                    return report;
                }
            }
            catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"no final report for {name} within {timeout}\n" + string.Join("\n----\n", hosts.Select(h => h.Output)));
    }
}
