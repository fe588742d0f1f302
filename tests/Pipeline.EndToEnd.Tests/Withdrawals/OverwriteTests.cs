using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Ingest;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Ingest;

namespace Pipeline.EndToEnd.Tests.Withdrawals;

/// <summary>Overwritten inputs through the hosts' own wiring on Azurite, each "host" a service provider of its own.</summary>
public sealed class OverwriteTests
{
    [Fact]
    public async Task Overwrite_WithUnreadableBytes_OnAnotherHost_WithdrawsWhatTheOldVersionProduced()
    {
        var storage = new PipelineStorageView(TestAzurite.SharedConnectionString, PipelineStorageView.IsolatedOptions());
        var (blob, _) = await storage.DropAsync("story.txt", ArticleDumps.Article(41));
        await using (var first = PipelineServices.Build(TestAzurite.SharedConnectionString, storage.Options))
        {
            await first.GetRequiredService<RawBlobProcessor>().ProcessAsync(blob, CancellationToken.None);
        }

        var article = Assert.Single(await storage.ListAsync(storage.Normalized));
        var binary = new byte[2048];
        binary[7] = 0;
        await storage.DropAsync("story.txt", binary);

        // A host that has never seen the first version: it learns it from the claim log.
        await using var second = PipelineServices.Build(TestAzurite.SharedConnectionString, storage.Options);
        var report = await second.GetRequiredService<RawBlobProcessor>().ProcessAsync(blob, CancellationToken.None);

        Assert.Equal(InputStatus.Quarantined, report.Status);
        Assert.Empty(await storage.ListAsync(storage.Normalized));
        Assert.Equal([article[..^".json".Length]], report.Withdrawal!.Withdrawn);
    }

    [Fact]
    public async Task AnOlderVersionFinishingAfterTheNewerOne_WithdrawsItselfNotTheNewer()
    {
        var storage = new PipelineStorageView(TestAzurite.SharedConnectionString, PipelineStorageView.IsolatedOptions());
        var (_, oldTag) = await storage.DropAsync("feed.txt", ArticleDumps.Article(42));
        var (blob, _) = await storage.DropAsync("feed.txt", ArticleDumps.Article(43));
        await using var services = PipelineServices.Build(TestAzurite.SharedConnectionString, storage.Options);
        var newer = await services.GetRequiredService<RawBlobProcessor>().ProcessAsync(blob, CancellationToken.None);
        var newerDocument = $"{newer.Records[0].Id}.json";

        // The old version's run was slow: it ends last, with the bytes it read then.
        var older = await services.GetRequiredService<IngestService>().ProcessAsync(
            new MemoryStream(ArticleDumps.Article(42)), new InputRef(storage.Options.RawContainer, "feed.txt", oldTag.ToString()), CancellationToken.None);

        Assert.Equal([newerDocument], await storage.ListAsync(storage.Normalized));
        Assert.Equal([older.Records[0].Id!], older.Withdrawal!.Withdrawn);
    }
}
