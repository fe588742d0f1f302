using Azure.Storage.Blobs;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Resilience;
using Polly;

namespace Pipeline.Storage.Tests;

/// <summary>The Azurite test.sh started, and a fresh container in it for each test.</summary>
public static class TestStorage
{
    public static string ConnectionString => TestAzurite.SharedConnectionString;

    public static ResiliencePipeline Resilience { get; } = StorageResilience.Create(TimeProvider.System);

    public static BlobServiceClient Blobs { get; } = StorageClientFactory.CreateBlobService(StorageConnection.FromConnectionString(ConnectionString));

    public static async Task<BlobContainerClient> NewContainerAsync(string purpose)
    {
        var container = Blobs.GetBlobContainerClient($"{purpose}-{Guid.NewGuid():N}");
        await container.CreateAsync();
        return container;
    }
}
