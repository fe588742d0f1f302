using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Functions;
using Pipeline.Storage.Ingest;

namespace Pipeline.EndToEnd.Tests.Functions;

/// <summary>The function app's trigger class, called as the isolated worker calls it, against a real Azurite.</summary>
public sealed class IngestRawBlobFunctionTests : IAsyncLifetime
{
    private readonly PipelineStorageView storage = new(TestAzurite.SharedConnectionString, PipelineStorageView.IsolatedOptions());
    private ServiceProvider services = null!;
    private IngestRawBlobFunction function = null!;

    public Task InitializeAsync()
    {
        services = PipelineServices.Build(TestAzurite.SharedConnectionString, storage.Options);
        function = new IngestRawBlobFunction(services.GetRequiredService<RawBlobProcessor>(), NullLogger<IngestRawBlobFunction>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task Run_WritesOneDocumentAndAReportForTheSample()
    {
        var bytes = await File.ReadAllBytesAsync(RepositoryPaths.Sample);
        var (blob, etag) = await storage.DropAsync("dumps/scmp.txt", bytes);

        await function.RunAsync(blob, CancellationToken.None);

        var report = await storage.ReadReportAsync("dumps/scmp.txt");
        Assert.Equal(etag.ToString(), report.GetProperty("etag").GetString());
        var record = Assert.Single(report.GetProperty("records").EnumerateArray());
        Assert.Equal("written", record.GetProperty("status").GetString());
        var id = record.GetProperty("id").GetString()!;
        var document = await storage.ReadJsonAsync(storage.Normalized, $"{id}.json");
        Assert.Equal(id, document.GetProperty("id").GetString());
        Assert.Equal("South China Morning Post", document.GetProperty("publisher").GetString());
        Assert.Equal("dumps/scmp.txt", document.GetProperty("origin").GetProperty("blob").GetString());
        Assert.Equal(storage.Options.RawContainer, document.GetProperty("origin").GetProperty("container").GetString());
    }

    [Fact]
    public async Task Run_ReplayOfTheSameBlobGivesTheSameBytesAndOneDocument()
    {
        var (blob, _) = await storage.DropAsync("replay.txt", ArticleDumps.Article(1));

        await function.RunAsync(blob, CancellationToken.None);
        var documents = await storage.ListAsync(storage.Normalized);
        var first = await storage.ReadBytesAsync(storage.Normalized, Assert.Single(documents));
        await function.RunAsync(blob, CancellationToken.None);

        var after = Assert.Single(await storage.ListAsync(storage.Normalized));
        Assert.Equal(first, await storage.ReadBytesAsync(storage.Normalized, after));
        var record = Assert.Single((await storage.ReadReportAsync("replay.txt")).GetProperty("records").EnumerateArray());
        Assert.Equal("written", record.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Run_SameArticleUnderAnotherNameWithOtherWhitespaceIsADuplicate()
    {
        var (original, _) = await storage.DropAsync("a/original.txt", ArticleDumps.Article(2));
        var (copy, _) = await storage.DropAsync("b/copy.txt", ArticleDumps.Article(2, variant: 3));

        await function.RunAsync(original, CancellationToken.None);
        await function.RunAsync(copy, CancellationToken.None);

        var document = Assert.Single(await storage.ListAsync(storage.Normalized));
        var record = Assert.Single((await storage.ReadReportAsync("b/copy.txt")).GetProperty("records").EnumerateArray());
        Assert.Equal("duplicate", record.GetProperty("status").GetString());
        Assert.Equal(document, record.GetProperty("duplicateOf").GetString() + ".json");
        var kept = await storage.ReadJsonAsync(storage.Duplicates, Assert.Single(await storage.ListAsync(storage.Duplicates)));
        Assert.StartsWith(record.GetProperty("duplicateOf").GetString() + "/", Assert.Single(await storage.ListAsync(storage.Duplicates)));
        Assert.Equal("b/copy.txt", kept.GetProperty("origin").GetProperty("blob").GetString());
        Assert.Equal("duplicate", kept.GetProperty("dedup").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("random.bin", new byte[] { 0x00, 0x9F, 0x12, 0x00, 0xFF, 0x01 }, "binary")]
    // Latin-1 bytes alone are now decoded (charset detection); behind a UTF-8 byte-order mark they are not guessed at and stay undecodable.
    [InlineData("latin1-behind-utf8-bom.txt", new byte[] { 0xEF, 0xBB, 0xBF, 0x53, 0x61, 0x6F, 0x20, 0x50, 0x61, 0x75, 0x6C, 0x6F, 0x20, 0xE3, 0x6F, 0x20, 0xC0 }, "UTF-8")]
    public async Task Run_QuarantinesAnUnreadableInputAndLeavesTheRawBlobAlone(string name, byte[] content, string reasonMentions)
    {
        var (blob, etag) = await storage.DropAsync(name, content);

        await function.RunAsync(blob, CancellationToken.None);

        Assert.Equal(content, await storage.ReadBytesAsync(storage.Quarantine, name));
        var error = await storage.ReadJsonAsync(storage.Quarantine, $"{name}.error.json");
        Assert.Contains(reasonMentions, error.GetProperty("reason").GetString());
        var report = await storage.ReadReportAsync(name);
        Assert.Equal("quarantined", report.GetProperty("status").GetString());
        Assert.Empty(await storage.ListAsync(storage.Normalized));
        Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);
        Assert.Equal(content, await storage.ReadBytesAsync(storage.Raw, name));
    }

    [Fact]
    public async Task Run_RejectsARecordWithNoArticleTextWithAReason()
    {
        var boilerplateOnly = "reaction icon 0\nreaction icon 0\n\nCopyright (c) 2024. Example Daily Ltd. All rights reserved.\n\n留言 0\n";
        var (blob, _) = await storage.DropAsync("boilerplate-only.txt", Encoding.UTF8.GetBytes(boilerplateOnly));

        await function.RunAsync(blob, CancellationToken.None);

        var record = Assert.Single((await storage.ReadReportAsync("boilerplate-only.txt")).GetProperty("records").EnumerateArray());
        Assert.Equal("rejected", record.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(record.GetProperty("reason").GetString()));
        Assert.Empty(await storage.ListAsync(storage.Normalized));
    }

    [Fact]
    public async Task Run_DrainedMidDump_FailsWithoutAReportAndTheHostsRetryWritesEveryRecordOnce()
    {
        const int records = 120;
        var (blob, etag) = await storage.DropAsync("dumps/drained.jsonl", ArticleDumps.JsonLines(records));
        // One upload at a time: the documents take long enough to write that the drain surely lands while they are.
        await using var slowWriter = PipelineServices.Build(TestAzurite.SharedConnectionString, storage.Options, new Dictionary<string, string?> { ["Pipeline:Ingest:WriteConcurrency"] = "1" });
        var function = new IngestRawBlobFunction(slowWriter.GetRequiredService<RawBlobProcessor>(), NullLogger<IngestRawBlobFunction>.Instance);

        // The host's shutdown token fires while the dump is half done (Flex Consumption scale-in, a deployment).
        using var draining = new CancellationTokenSource();
        var run = function.RunAsync(blob, draining.Token);
        while ((await storage.ListAsync(storage.Normalized)).Count < 10 && !run.IsCompleted)
        {
            await Task.Delay(50);
        }

        draining.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Empty(await storage.ListAsync(storage.Reports));
        Assert.InRange((await storage.ListAsync(storage.Normalized)).Count, 10, records - 1);

        // The failed invocation is retried by the host, from the first record.
        await function.RunAsync(blob, CancellationToken.None);

        var report = await storage.ReadReportAsync("dumps/drained.jsonl");
        Assert.Equal(etag.ToString(), report.GetProperty("etag").GetString());
        var listed = report.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, records).Select(n => $"line {n}"), listed.Select(r => r.GetProperty("record").GetString()));
        Assert.All(listed, r => Assert.Equal("written", r.GetProperty("status").GetString()));
        Assert.Equal(listed.Select(r => r.GetProperty("id").GetString() + ".json").Order(), (await storage.ListAsync(storage.Normalized)).Order());
        Assert.Empty(await storage.ListAsync(storage.Duplicates));
    }
}
