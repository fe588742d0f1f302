using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Storage.Resilience;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// Builds the Azure clients from a connection string or an identity-based connection, with the SDK's own
/// retries off (Polly owns retrying, so attempts don't multiply) and every request counted for the input's report.
/// </summary>
public static class StorageClientFactory
{
    public static BlobServiceClient CreateBlobService(string connectionString) => CreateBlobService(StorageConnection.FromConnectionString(connectionString));

    public static BlobServiceClient CreateBlobService(StorageConnection connection)
    {
        var options = new BlobClientOptions();
        Tune(options);
        return connection.ConnectionString is { } connectionString
            ? new BlobServiceClient(connectionString, options)
            : new BlobServiceClient(connection.BlobServiceUri, CreateCredential(connection), options);
    }

    /// <summary>Queue messages in Base64, the encoding the Functions and WebJobs queue triggers read by default.</summary>
    public static QueueServiceClient CreateQueueService(StorageConnection connection)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        Tune(options);
        return connection.ConnectionString is { } connectionString
            ? new QueueServiceClient(connectionString, options)
            : new QueueServiceClient(connection.QueueServiceUri, CreateCredential(connection), options);
    }

    /// <summary>The same identity the Functions host uses for the setting: the managed identity it names, else the default chain (a developer's sign-in).</summary>
    public static TokenCredential CreateCredential(StorageConnection connection)
    {
        if (!connection.UseManagedIdentity)
        {
            return new DefaultAzureCredential();
        }

        var id = connection.ClientId is { } clientId ? ManagedIdentityId.FromUserAssignedClientId(clientId) : ManagedIdentityId.SystemAssigned;
        return new ManagedIdentityCredential(id);
    }

    private static void Tune(ClientOptions options)
    {
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        options.AddPolicy(StorageRequestCounter.Instance, HttpPipelinePosition.PerRetry);
    }
}
