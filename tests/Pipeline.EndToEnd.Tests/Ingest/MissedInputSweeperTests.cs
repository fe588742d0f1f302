using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Reports;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Withdrawals;

namespace Pipeline.EndToEnd.Tests.Ingest;

/// <summary>The sweep for inputs nobody is working on, through the hosts' own wiring on Azurite.</summary>
public sealed class MissedInputSweeperTests
{
    [Fact]
    public async Task Sweep_AFailedAttemptNobodyRetried_IsProcessedAgain_ARecentOneIsLeftToTheTrigger()
    {
        var storage = new PipelineStorageView(TestAzurite.SharedConnectionString, PipelineStorageView.IsolatedOptions());
        await using var services = PipelineServices.Build(TestAzurite.SharedConnectionString, storage.Options);
        await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(CancellationToken.None);
        var (_, etag) = await storage.DropAsync("stuck.txt", ArticleDumps.Article(51));
        // The attempt failed and its note was written; the trigger's retry was lost with storage.
        await services.GetRequiredService<IReportSink>().WriteAsync(
            new IngestReport { Input = new InputRef(storage.Options.RawContainer, "stuck.txt", etag.ToString()), Status = InputStatus.Failed, Reason = "RequestFailedException: storage down", StartedAt = DateTimeOffset.UtcNow, Duration = TimeSpan.Zero },
            CancellationToken.None);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweeper = Sweeper(services, storage, clock);

        var early = await sweeper.SweepAsync(TimeSpan.FromSeconds(20), CancellationToken.None);
        clock.Advance(new IngestOptions().StaleAfter + TimeSpan.FromSeconds(1));
        var late = await sweeper.SweepAsync(TimeSpan.FromSeconds(20), CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(InputStatus.Processed, Assert.Single(late).Status);
        Assert.Equal("processed", (await storage.ReadReportAsync("stuck.txt")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Sweep_AChunkedRunWhoseTicketsWereLost_QueuesTheChunksNotDoneAgain_NotWhileATicketWaits()
    {
        // The chunk queue's name is fixed: a private account, so no other test's tickets are in it.
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        await using var services = PipelineServices.Build(azurite.ConnectionString, storage.Options, new Dictionary<string, string?> { ["Pipeline:Ingest:ChunkRecords"] = "50" });
        var queue = new QueueClient(azurite.ConnectionString, ChunkTicket.Queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var chunks = services.GetRequiredService<ChunkProcessor>();
        var (blob, _) = await storage.DropAsync("lost/dump.jsonl", ArticleDumps.JsonLines(120));
        await services.GetRequiredService<RawBlobProcessor>().ProcessAsync(blob, CancellationToken.None);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        clock.Advance(new IngestOptions().StaleAfter + TimeSpan.FromSeconds(1));
        var sweeper = Sweeper(services, storage, clock);

        var whileWaiting = await sweeper.SweepAsync(TimeSpan.FromSeconds(20), CancellationToken.None);
        // Every ticket taken; one chunk done, the receipts of the other two lost (they stay invisible for 10 minutes).
        var taken = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(10))).Value;
        await chunks.ProcessAsync(taken[0].MessageText, CancellationToken.None);
        // The report changed as that chunk was counted: time moves on past the stale mark again, however long it took.
        clock.SetUtcNow(DateTimeOffset.UtcNow + new IngestOptions().StaleAfter + TimeSpan.FromSeconds(1));
        var stalled = await sweeper.SweepAsync(TimeSpan.FromSeconds(20), CancellationToken.None);
        var requeued = (await queue.ReceiveMessagesAsync(32)).Value;
        foreach (var ticket in requeued)
        {
            await chunks.ProcessAsync(ticket.MessageText, CancellationToken.None);
        }

        Assert.Empty(whileWaiting);
        Assert.Equal(3, taken.Length);
        Assert.Equal(InputStatus.Processing, Assert.Single(stalled).Status);
        Assert.Equal(2, requeued.Length);
        var report = await storage.ReadReportAsync("lost/dump.jsonl");
        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal(Enumerable.Range(1, 120).Select(n => $"line {n}"), report.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("record").GetString()));
        Assert.Equal(120, (await storage.ListAsync(storage.Normalized)).Count);
    }

    private static MissedInputSweeper Sweeper(ServiceProvider services, PipelineStorageView storage, TimeProvider clock) => new(
        storage.Raw, storage.Reports, services.GetRequiredService<RawBlobProcessor>(), services.GetRequiredService<DeletedInputProcessor>(),
        services.GetRequiredService<ChunkQueue>(), new IngestOptions().StaleAfter, clock);
}
