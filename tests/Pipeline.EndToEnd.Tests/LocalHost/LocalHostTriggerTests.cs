using System.Diagnostics;
using System.Text;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>The local host process (WebJobs blob-trigger listener) on its own Azurite: drop files, read the outputs.</summary>
[Collection(TimedCollection.Name)]
public sealed class LocalHostTriggerTests
{
    private static readonly TimeSpan ReportTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task LocalHost_ProcessesAFileDroppedWhileItRunsWithinFiveSeconds()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var host = await LocalHostProcess.StartAsync(azurite.ConnectionString);

        // The first blob also creates the containers; time the second one, dropped into a host that is warm.
        var (_, warmup) = await storage.DropAsync("warmup.txt", ArticleDumps.Article(7));
        await storage.WaitForReportAsync("warmup.txt", warmup, ReportTimeout);
        var clock = Stopwatch.StartNew();
        var (_, etag) = await storage.DropAsync("dropped.txt", ArticleDumps.Article(5));
        var report = await storage.WaitForReportAsync("dropped.txt", etag, ReportTimeout);
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"processed after {clock.Elapsed.TotalSeconds:F1} s\n{host.Output}");
        var record = Assert.Single(report.GetProperty("records").EnumerateArray());
        Assert.Equal("written", record.GetProperty("status").GetString());
        Assert.Contains($"{record.GetProperty("id").GetString()}.json", await storage.ListAsync(storage.Normalized));
    }

    [Fact]
    public async Task LocalHost_QuarantinesABinaryDropAndKeepsRunning()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var host = await LocalHostProcess.StartAsync(azurite.ConnectionString);
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        binary[10] = 0;

        var (_, badEtag) = await storage.DropAsync("photo.jpg", binary);
        var bad = await storage.WaitForReportAsync("photo.jpg", badEtag, ReportTimeout);
        var (_, goodEtag) = await storage.DropAsync("after.txt", ArticleDumps.Article(3));
        var good = await storage.WaitForReportAsync("after.txt", goodEtag, ReportTimeout);

        Assert.Equal("quarantined", bad.GetProperty("status").GetString());
        Assert.Equal(binary, await storage.ReadBytesAsync(storage.Quarantine, "photo.jpg"));
        Assert.Equal(binary, await storage.ReadBytesAsync(storage.Raw, "photo.jpg"));
        Assert.Equal("processed", good.GetProperty("status").GetString());
        Assert.False(host.HasExited, host.Output);
    }

    [Fact]
    public async Task TwoLocalHosts_FedTheSameDuplicates_WriteOneDocumentPerArticle()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var first = await LocalHostProcess.StartAsync(azurite.ConnectionString);
        await using var second = await LocalHostProcess.StartAsync(azurite.ConnectionString);
        const int articles = 4, copies = 4;

        var drops = new List<(string Name, Azure.ETag ETag)>();
        for (var copy = 0; copy < copies; copy++)
        {
            for (var article = 0; article < articles; article++)
            {
                var name = $"batch/copy{copy}/article{article}.txt";
                drops.Add((name, (await storage.DropAsync(name, ArticleDumps.Article(article, variant: copy))).ETag));
            }
        }

        var records = new List<(string Status, string Id, string? DuplicateOf)>();
        foreach (var (name, etag) in drops)
        {
            var record = Assert.Single((await storage.WaitForReportAsync(name, etag, ReportTimeout)).GetProperty("records").EnumerateArray());
            records.Add((record.GetProperty("status").GetString()!, record.GetProperty("id").GetString()!,
                record.TryGetProperty("duplicateOf", out var d) ? d.GetString() : null));
        }

        var documents = await storage.ListAsync(storage.Normalized);
        Assert.Equal(articles, documents.Count);
        Assert.Equal(articles, records.Count(r => r.Status == "written"));
        Assert.Equal(articles * (copies - 1), records.Count(r => r.Status == "duplicate"));
        Assert.All(records.Where(r => r.Status == "duplicate"), r => Assert.Contains($"{r.DuplicateOf}.json", documents));
        Assert.False(first.HasExited || second.HasExited, first.Output + "\n" + second.Output);
        Assert.Contains("Ingested", first.Output + second.Output, StringComparison.Ordinal);
    }
}
