using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>Stopping the local host while it ingests a dump: a clean exit, and nothing lost or doubled after the next start.</summary>
public sealed class LocalHostShutdownTests
{
    private const string Dump = "dumps/night-crawl.jsonl";
    // Small enough to be one chunk (processed where it is read), big enough to still be writing when the stop comes.
    private const int Records = 1500;

    [Fact]
    public async Task LocalHost_StoppedBySigtermMidDump_ExitsCleanlyAndTheNextStartIngestsEveryRecordOnce()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());

        // Two uploads in flight: the dump's documents take seconds to write, so the stop lands while they are.
        await using (var host = await LocalHostProcess.StartAsync(azurite.ConnectionString, new Dictionary<string, string> { ["Pipeline__Ingest__WriteConcurrency"] = "2" }))
        {
            var (_, etag) = await storage.DropAsync(Dump, ArticleDumps.JsonLines(Records));
            await HostWait.UntilAsync(async () => (await storage.ListAsync(storage.Normalized)).Count >= 20, TimeSpan.FromSeconds(90), host);

            Assert.Equal(0, await host.StopAsync("TERM", TimeSpan.FromSeconds(30)));
            AssertCleanStop(host.Output);
            Assert.Contains($"Stopping on SIGTERM; 1 input(s) in flight, each ingested again from its first record after the next start: {Dump}", host.Output);

            // Cut short: no report yet, and only part of the dump's documents.
            Assert.DoesNotContain(BlobNames.Report(Dump), await storage.ListAsync(storage.Reports));
            Assert.InRange((await storage.ListAsync(storage.Normalized)).Count, 20, Records - 1);

            await using var restarted = await LocalHostProcess.StartAsync(azurite.ConnectionString);
            // The next start's missed-input sweep (every 10 s) finds the dump without a report and ingests it whole.
            await HostWait.UntilAsync(async () => (await storage.ListAsync(storage.Reports)).Contains(BlobNames.Report(Dump)), TimeSpan.FromMinutes(3), restarted);
            var report = await storage.ReadReportAsync(Dump);
            Assert.Equal(etag.ToString(), report.GetProperty("etag").GetString());

            Assert.Equal("processed", report.GetProperty("status").GetString());
            var counts = report.GetProperty("counts");
            Assert.Equal((Records, 0, 0), (counts.GetProperty("written").GetInt32(), counts.GetProperty("duplicate").GetInt32(), counts.GetProperty("rejected").GetInt32()));
            var records = report.GetProperty("records").EnumerateArray().ToList();
            Assert.Equal(Enumerable.Range(1, Records).Select(n => $"line {n}"), records.Select(r => r.GetProperty("record").GetString()));
            Assert.All(records, r => Assert.Equal("written", r.GetProperty("status").GetString()));

            var documents = await storage.ListAsync(storage.Normalized);
            Assert.Equal(Records, documents.Count);
            Assert.Equal(records.Select(r => r.GetProperty("id").GetString() + ".json").Order(), documents.Order());
            Assert.Empty(await storage.ListAsync(storage.Duplicates));

            // Ctrl-C stops it the same way.
            Assert.Equal(0, await restarted.StopAsync("INT", TimeSpan.FromSeconds(30)));
            AssertCleanStop(restarted.Output);
            Assert.Contains("Stopping on SIGINT; no input in flight", restarted.Output);
        }
    }

    [Fact]
    public async Task LocalHost_StoppedBySigtermWhileItsChunksRun_ExitsCleanlyAndTheChunksAreFinishedAfterTheNextStart()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        const int records = 2_000;
        const string dump = "dumps/chunked-crawl.jsonl";

        await using var host = await LocalHostProcess.StartAsync(azurite.ConnectionString, LocalHostChunkTests.SmallChunks);
        var (_, etag) = await storage.DropAsync(dump, ArticleDumps.JsonLines(records));
        await HostWait.UntilAsync(async () => await storage.ChunksDoneAsync(dump) >= 3, TimeSpan.FromSeconds(90), host);

        Assert.Equal(0, await host.StopAsync("TERM", TimeSpan.FromSeconds(30)));
        AssertCleanStop(host.Output);
        Assert.Contains($"{dump} (chunk ", host.Output);

        await using var restarted = await LocalHostProcess.StartAsync(azurite.ConnectionString, LocalHostChunkTests.SmallChunks);
        var report = await LocalHostChunkTests.WaitForFinalReportAsync(storage, dump, etag, TimeSpan.FromMinutes(3), restarted);

        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal(Enumerable.Range(1, records).Select(n => $"line {n}"), report.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("record").GetString()));
        Assert.Equal(records, report.GetProperty("counts").GetProperty("written").GetInt32());
        Assert.Equal(records, (await storage.ListAsync(storage.Normalized)).Count);
        Assert.Empty(await storage.ListAsync(storage.Duplicates));
    }


    private static void AssertCleanStop(string output)
    {
        Assert.Contains("Job host stopped", output);
        Assert.DoesNotContain("Exception", output);
        Assert.DoesNotContain("   at ", output);
    }
}
