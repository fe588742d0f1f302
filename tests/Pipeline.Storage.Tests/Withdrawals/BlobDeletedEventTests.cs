using Pipeline.Storage.Withdrawals;

namespace Pipeline.Storage.Tests.Withdrawals;

/// <summary>What the deletion trigger reads off the queue Event Grid fills.</summary>
public sealed class BlobDeletedEventTests
{
    [Fact]
    public void Parse_ABlobDeletedEvent_GivesItsContainerAndFullName()
    {
        const string message = """
            {"topic":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st",
             "subject":"/blobServices/default/containers/raw/blobs/crawls/2026/11/x.jsonl",
             "eventType":"Microsoft.Storage.BlobDeleted","id":"1","data":{"api":"DeleteBlob"},"dataVersion":"","metadataVersion":"1","eventTime":"2026-11-30T08:00:00Z"}
            """;

        Assert.Equal([new BlobDeletedEvent("raw", "crawls/2026/11/x.jsonl")], BlobDeletedEvent.Parse(message));
    }

    [Theory]
    [InlineData("""{"subject":"/blobServices/default/containers/raw/blobs/x.txt","eventType":"Microsoft.Storage.BlobCreated"}""")]
    [InlineData("""not json at all""")]
    [InlineData("""{"eventType":"Microsoft.Storage.BlobDeleted"}""")]
    public void Parse_AnythingElse_GivesNoDeletion(string message)
    {
        Assert.Empty(BlobDeletedEvent.Parse(message));
    }
}
