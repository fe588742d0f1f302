using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Commands;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Ingest;

namespace Pipeline.EndToEnd.Tests.Cli;

/// <summary><c>pipeline replay</c> against a real Azurite: quarantined inputs re-run once the cause is gone.</summary>
public sealed class ReplayCommandTests
{
    [Fact]
    public async Task Replay_Quarantined_ProcessesInputsThatNowFitAndTakesThemOutOfQuarantine()
    {
        var storage = new PipelineStorageView(TestAzurite.SharedConnectionString, PipelineStorageView.IsolatedOptions());
        var content = ArticleDumps.Article(21);
        var (blob, etag) = await storage.DropAsync("big/story.txt", content);
        // First processed under a limit the input breaks: it is quarantined.
        await using (var strict = PipelineServices.Build(TestAzurite.SharedConnectionString, storage.Options, new Dictionary<string, string?> { ["Pipeline:Reader:MaxInputBytes"] = "100" }))
        {
            await strict.GetRequiredService<RawBlobProcessor>().ProcessAsync(blob, CancellationToken.None);
        }

        Assert.Contains("big/story.txt.error.json", await storage.ListAsync(storage.Quarantine));

        var code = await ReplayCommand.RunAsync(["--quarantined"], PipelineServices.Configuration(TestAzurite.SharedConnectionString, storage.Options), CancellationToken.None);

        Assert.Equal(0, code);
        var report = await storage.ReadReportAsync("big/story.txt");
        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal("written", Assert.Single(report.GetProperty("records").EnumerateArray()).GetProperty("status").GetString());
        Assert.Single(await storage.ListAsync(storage.Normalized));
        Assert.Empty(await storage.ListAsync(storage.Quarantine));
        Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);
    }

    [Fact]
    public async Task Replay_TwiceByName_GivesTheSameDocumentAndNoDuplicate()
    {
        var storage = new PipelineStorageView(TestAzurite.SharedConnectionString, PipelineStorageView.IsolatedOptions());
        await storage.DropAsync("again.txt", ArticleDumps.Article(22));
        var configuration = PipelineServices.Configuration(TestAzurite.SharedConnectionString, storage.Options);

        await ReplayCommand.RunAsync(["again.txt"], configuration, CancellationToken.None);
        var document = Assert.Single(await storage.ListAsync(storage.Normalized));
        var first = await storage.ReadBytesAsync(storage.Normalized, document);
        await ReplayCommand.RunAsync(["again.txt"], configuration, CancellationToken.None);

        Assert.Equal(document, Assert.Single(await storage.ListAsync(storage.Normalized)));
        Assert.Equal(first, await storage.ReadBytesAsync(storage.Normalized, document));
        Assert.Equal("written", Assert.Single((await storage.ReadReportAsync("again.txt")).GetProperty("records").EnumerateArray()).GetProperty("status").GetString());
    }
}
