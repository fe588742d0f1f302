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
        var sweeper = new MissedInputSweeper(
            storage.Raw, storage.Reports, services.GetRequiredService<RawBlobProcessor>(), services.GetRequiredService<DeletedInputProcessor>(), clock);

        var early = await sweeper.SweepAsync(TimeSpan.FromSeconds(20), CancellationToken.None);
        clock.Advance(MissedInputSweeper.StalePlanning + TimeSpan.FromSeconds(1));
        var late = await sweeper.SweepAsync(TimeSpan.FromSeconds(20), CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(InputStatus.Processed, Assert.Single(late).Status);
        Assert.Equal("processed", (await storage.ReadReportAsync("stuck.txt")).GetProperty("status").GetString());
    }
}
