using System.Text.Json;
using Azure.Storage.Queues;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Ingest;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>The local host when things go wrong: a storage outage and inputs that fail every retry.</summary>
public sealed class LocalHostFaultTests
{
    [Fact]
    public async Task LocalHost_StorageDownForTenSeconds_EveryInputStillEndsWithItsReportAndNoDuplicateDocument()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var host = await LocalHostProcess.StartAsync(azurite.ConnectionString);
        const int distinct = 400, copies = 50, unreadable = 50;
        var random = new Random(20261128);
        var inputs = new List<(string Name, byte[] Content)>();
        inputs.AddRange(Enumerable.Range(0, distinct).Select(n => ($"fault/article-{n}.txt", ArticleDumps.Article(n))));
        inputs.AddRange(Enumerable.Range(0, copies).Select(n => ($"fault/copy-{n}.txt", ArticleDumps.Article(n * 7 % distinct, variant: 1 + (n % 3)))));
        inputs.AddRange(Enumerable.Range(0, unreadable).Select(n =>
        {
            var bytes = new byte[64 + random.Next(512)];
            random.NextBytes(bytes);
            bytes[0] = 0;
            return ($"fault/garbage-{n}.bin", bytes);
        }));
        inputs = inputs.OrderBy(_ => random.Next()).ToList();

        var etags = new Dictionary<string, Azure.ETag>();
        foreach (var (name, content) in inputs)
        {
            etags[name] = (await storage.DropAsync(name, content)).ETag;
        }

        await HostWait.UntilAsync(async () => (await storage.ListAsync(storage.Reports)).Count >= 50, TimeSpan.FromSeconds(60), host);
        await azurite.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await azurite.RestartAsync();

        var statuses = new Dictionary<string, string>();
        foreach (var (name, etag) in etags)
        {
            JsonElement report;
            try
            {
                report = await storage.WaitForReportAsync(name, etag, TimeSpan.FromMinutes(4), settled: true);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException(e.Message + "\n" + host.Output, e);
            }

            statuses[name] = report.GetProperty("status").GetString()!;
        }

        Assert.Equal(inputs.Count, statuses.Count);
        Assert.All(statuses.Where(s => s.Key.EndsWith(".bin", StringComparison.Ordinal)), s => Assert.Equal("quarantined", s.Value));
        Assert.All(statuses.Where(s => s.Key.EndsWith(".txt", StringComparison.Ordinal)), s => Assert.Equal("processed", s.Value));
        Assert.Equal(distinct, (await storage.ListAsync(storage.Normalized)).Count);
        Assert.Equal(unreadable * 2, (await storage.ListAsync(storage.Quarantine)).Count);
        Assert.False(host.HasExited, host.Output);
    }

    [Fact]
    public async Task LocalHost_InputThatFailedEveryRetry_EndsInQuarantineWithTheLastFailure()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var host = await LocalHostProcess.StartAsync(azurite.ConnectionString);
        var content = ArticleDumps.Article(11);
        var (_, etag) = await storage.DropAsync("stuck.txt", content);
        await storage.WaitForReportAsync("stuck.txt", etag, TimeSpan.FromSeconds(60));
        await storage.Reports.GetBlobClient("stuck.txt.json").UploadAsync(
            BinaryData.FromObjectAsJson(new { input = "stuck.txt", etag = etag.ToString(), status = "failed", reason = "RequestFailedException: Server busy" }), overwrite: true);

        // What the blob trigger writes after its fifth failed try.
        var poison = new QueueClient(azurite.ConnectionString, FailedInputQuarantiner.PoisonQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync(JsonSerializer.Serialize(new
        {
            Type = "BlobTrigger", FunctionId = "Host.Functions.IngestRawBlob", BlobType = "BlockBlob", ContainerName = "raw", BlobName = "stuck.txt", ETag = etag.ToString(),
        }));

        await HostWait.UntilAsync(async () => (await storage.ListAsync(storage.Quarantine)).Contains("stuck.txt.error.json"), TimeSpan.FromSeconds(30), host);
        Assert.Equal(content, await storage.ReadBytesAsync(storage.Quarantine, "stuck.txt"));
        var reason = (await storage.ReadJsonAsync(storage.Quarantine, "stuck.txt.error.json")).GetProperty("reason").GetString();
        Assert.Contains("Server busy", reason);
        var report = await storage.ReadReportAsync("stuck.txt");
        Assert.Equal("quarantined", report.GetProperty("status").GetString());
        Assert.Equal(content, await storage.ReadBytesAsync(storage.Raw, "stuck.txt"));
    }
}
