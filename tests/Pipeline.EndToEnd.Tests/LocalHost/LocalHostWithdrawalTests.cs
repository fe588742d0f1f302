using System.Text.Json;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>Overwritten and deleted inputs through the local host: <c>normalized</c> keeps mirroring the live inputs.</summary>
public sealed class LocalHostWithdrawalTests
{
    private static readonly TimeSpan ReportTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private static readonly Dictionary<string, string> QuickSweeps = new() { ["Pipeline__Ingest__SweepInterval"] = "00:00:02" };

    [Fact]
    public async Task DeleteAndOverwrite_KeepEachLiveArticleOnceAndWithdrawTheRest()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var host = await LocalHostProcess.StartAsync(azurite.ConnectionString, QuickSweeps);
        var (_, baselineTag) = await storage.DropAsync("baseline.txt", ArticleDumps.Article(9));
        await storage.WaitForReportAsync("baseline.txt", baselineTag, ReportTimeout);
        var before = await storage.ListAsync(storage.Normalized);

        // Article A as x.txt, and the same bytes as y.txt: y's copy is a duplicate of x's document.
        var (x, xTag) = await storage.DropAsync("x.txt", ArticleDumps.Article(1));
        var articleA = Id(Assert.Single((await storage.WaitForReportAsync("x.txt", xTag, ReportTimeout)).GetProperty("records").EnumerateArray()));
        var (y, yTag) = await storage.DropAsync("y.txt", ArticleDumps.Article(1));
        await storage.WaitForReportAsync("y.txt", yTag, ReportTimeout);

        // x goes: A stays searchable, now from y.
        await x.DeleteAsync();
        // The report is written once the documents are done: wait for both.
        await WaitForAsync(async () => await OriginOf(storage, articleA) == "y.txt" && await StatusOf(storage, "x.txt") == "deleted", host);
        Assert.Equal(before.Append($"{articleA}.json").Order(), (await storage.ListAsync(storage.Normalized)).Order());
        Assert.Empty(await storage.ListAsync(storage.Duplicates));
        var deleted = await storage.ReadReportAsync("x.txt");
        Assert.Equal("deleted", deleted.GetProperty("status").GetString());
        Assert.Equal([articleA], Strings(deleted.GetProperty("promoted")));

        // y becomes article B: A is gone, B is there, and y's report says what its old version took with it.
        var (_, yNewTag) = await storage.DropAsync("y.txt", ArticleDumps.Article(2));
        var overwritten = await storage.WaitForReportAsync("y.txt", yNewTag, ReportTimeout);
        var articleB = Id(Assert.Single(overwritten.GetProperty("records").EnumerateArray()));
        await WaitForAsync(async () => !(await storage.ListAsync(storage.Normalized)).Contains($"{articleA}.json"), host);
        Assert.Equal(before.Append($"{articleB}.json").Order(), (await storage.ListAsync(storage.Normalized)).Order());
        Assert.Equal([articleA], Strings(overwritten.GetProperty("superseded").GetProperty("withdrawn")));
        Assert.Equal([yTag.ToString()], Strings(overwritten.GetProperty("superseded").GetProperty("etags")));

        // y goes too: normalized holds what it held before the test.
        await y.DeleteAsync();
        await WaitForAsync(async () => (await storage.ListAsync(storage.Normalized)).Order().SequenceEqual(before.Order()) && await StatusOf(storage, "y.txt") == "deleted", host);
        var gone = await storage.ReadReportAsync("y.txt");
        Assert.Equal("deleted", gone.GetProperty("status").GetString());
        Assert.Equal([articleB], Strings(gone.GetProperty("withdrawn")));
        Assert.False(host.HasExited, host.Output);
    }

    [Fact]
    public async Task Delete_WhileStorageIsDown_IsCompletedOnceItIsBack()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var host = await LocalHostProcess.StartAsync(azurite.ConnectionString, QuickSweeps);
        var (x, xTag) = await storage.DropAsync("x.txt", ArticleDumps.Article(4));
        var article = Id(Assert.Single((await storage.WaitForReportAsync("x.txt", xTag, ReportTimeout)).GetProperty("records").EnumerateArray()));
        var (_, yTag) = await storage.DropAsync("y.txt", ArticleDumps.Article(4, variant: 1));
        await storage.WaitForReportAsync("y.txt", yTag, ReportTimeout);

        // The deletion is noticed by a sweep that finds storage gone, or not at all before it is back.
        await x.DeleteAsync();
        await azurite.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await azurite.RestartAsync();

        await WaitForAsync(async () => await OriginOf(storage, article) == "y.txt" && await StatusOf(storage, "x.txt") == "deleted", host, TimeSpan.FromSeconds(60));
        Assert.Equal([$"{article}.json"], await storage.ListAsync(storage.Normalized));
        Assert.Empty(await storage.ListAsync(storage.Duplicates));
        Assert.Equal("deleted", (await storage.ReadReportAsync("x.txt")).GetProperty("status").GetString());
        Assert.False(host.HasExited, host.Output);
    }

    private static string Id(JsonElement record) => record.GetProperty("id").GetString()!;

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>The condition, false while storage still refuses (it is coming back).</summary>
    private static async Task<bool> Holds(Func<Task<bool>> condition)
    {
        try
        {
            return await condition();
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            return false;
        }
    }

    private static async Task<string?> StatusOf(PipelineStorageView storage, string input) =>
        (await storage.ReadReportAsync(input)).GetProperty("status").GetString();

    private static async Task<string?> OriginOf(PipelineStorageView storage, string articleId)
    {
        try
        {
            return (await storage.ReadJsonAsync(storage.Normalized, $"{articleId}.json")).GetProperty("origin").GetProperty("blob").GetString();
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static async Task<TimeSpan> WaitForAsync(Func<Task<bool>> condition, HostProcess host, TimeSpan? within = null)
    {
        var limit = within ?? Within;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await Holds(condition))
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"not within {limit.TotalSeconds} s\n{host.Output}");
            }

            await Task.Delay(250);
        }

        return clock.Elapsed;
    }
}
