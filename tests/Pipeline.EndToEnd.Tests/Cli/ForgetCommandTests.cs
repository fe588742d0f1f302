using Pipeline.Cli.Commands;
using Pipeline.EndToEnd.Tests.Infrastructure;

namespace Pipeline.EndToEnd.Tests.Cli;

/// <summary><c>pipeline forget</c> against a real Azurite: a deleted input's documents withdrawn by hand, a live one left alone.</summary>
public sealed class ForgetCommandTests
{
    [Fact]
    public async Task Forget_ADeletedInput_WithdrawsItsDocumentAndReportsItDeleted_ALiveOneIsKept()
    {
        var storage = new PipelineStorageView(TestAzurite.SharedConnectionString, PipelineStorageView.IsolatedOptions());
        var configuration = PipelineServices.Configuration(TestAzurite.SharedConnectionString, storage.Options);
        var (gone, _) = await storage.DropAsync("gone.txt", ArticleDumps.Article(31));
        await storage.DropAsync("kept.txt", ArticleDumps.Article(32));
        await ReplayCommand.RunAsync(["gone.txt", "kept.txt"], configuration, CancellationToken.None);
        var goneId = Assert.Single((await storage.ReadReportAsync("gone.txt")).GetProperty("records").EnumerateArray()).GetProperty("id").GetString();
        var keptId = Assert.Single((await storage.ReadReportAsync("kept.txt")).GetProperty("records").EnumerateArray()).GetProperty("id").GetString();
        await gone.DeleteAsync();

        var code = await ForgetCommand.RunAsync(["gone.txt", "kept.txt"], configuration, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Equal([$"{keptId}.json"], await storage.ListAsync(storage.Normalized));
        var report = await storage.ReadReportAsync("gone.txt");
        Assert.Equal("deleted", report.GetProperty("status").GetString());
        Assert.Equal([goneId], report.GetProperty("withdrawn").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("processed", (await storage.ReadReportAsync("kept.txt")).GetProperty("status").GetString());
    }
}
