using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Pipeline.Storage.Hosting;

/// <summary>Builds the Azure clients from a connection string, with the SDK's own retries off: Polly owns retrying, so attempts don't multiply.</summary>
public static class StorageClientFactory
{
    public static BlobServiceClient CreateBlobService(string connectionString)
    {
        var options = new BlobClientOptions();
        Tune(options.Retry);
        return new BlobServiceClient(connectionString, options);
    }

    public static TableServiceClient CreateTableService(string connectionString)
    {
        var options = new TableClientOptions();
        Tune(options.Retry);
        return new TableServiceClient(connectionString, options);
    }

    private static void Tune(RetryOptions retry)
    {
        retry.MaxRetries = 0;
        retry.NetworkTimeout = TimeSpan.FromSeconds(20);
    }
}
