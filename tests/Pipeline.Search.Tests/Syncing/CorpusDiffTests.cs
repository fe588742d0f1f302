using Pipeline.Search.Syncing;

namespace Pipeline.Search.Tests.Syncing;

public class CorpusDiffTests
{
    private static readonly DateTimeOffset ListingStart = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_FetchesNewAndChangedDocumentsAndDeletesGoneOnes()
    {
        var indexed = new Dictionary<string, IndexedVersion>
        {
            ["same"] = new("e1", ListingStart.AddMinutes(-5)),
            ["changed"] = new("e1", ListingStart.AddMinutes(-5)),
            ["gone"] = new("e1", ListingStart.AddMinutes(-5)),
        };
        var listed = new Dictionary<string, string> { ["same"] = "e1", ["changed"] = "e2", ["new"] = "e1" };

        var diff = CorpusDiff.Of(indexed, listed, ListingStart);

        Assert.Equal(["changed", "new"], diff.ToFetch);
        Assert.Equal(["gone"], diff.ToDelete);
    }

    [Fact]
    public void Of_KeepsADocumentIndexedAfterTheListingStarted()
    {
        var indexed = new Dictionary<string, IndexedVersion> { ["written-meanwhile"] = new("e1", ListingStart.AddSeconds(1)) };

        var diff = CorpusDiff.Of(indexed, new Dictionary<string, string>(), ListingStart);

        Assert.Empty(diff.ToDelete);
    }
}
