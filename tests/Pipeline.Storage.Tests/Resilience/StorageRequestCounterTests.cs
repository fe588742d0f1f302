using Pipeline.Core.Ingest;

namespace Pipeline.Storage.Tests.Resilience;

/// <summary>Every request the pipeline's clients send is counted for the stage the code is in, as reports show it.</summary>
public sealed class StorageRequestCounterTests
{
    [Fact]
    public async Task Requests_MadeInsideAStage_AreCountedThereAndNowhereElse()
    {
        var container = await TestStorage.NewContainerAsync("counted");
        var stats = new IngestStats(TimeProvider.System);
        using (stats.Enter(IngestStage.Write))
        {
            await Task.WhenAll(Enumerable.Range(0, 10).Select(i => container.GetBlobClient($"{i}.json").UploadAsync(BinaryData.FromString("{}"))));
        }

        using (stats.Enter(IngestStage.Read))
        {
            await container.GetBlobClient("3.json").DownloadContentAsync();
        }

        await container.GetBlobClient("4.json").DownloadContentAsync();

        Assert.Equal(10, stats.Snapshot()[IngestStage.Write].Requests);
        Assert.Equal(1, stats.Snapshot()[IngestStage.Read].Requests);
    }
}
