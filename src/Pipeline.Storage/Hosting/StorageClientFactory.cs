using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// Builds the Azure clients from a connection string or an identity-based connection, with the SDK's own
/// retries off: Polly owns retrying, so attempts don't multiply.
/// </summary>
public static class StorageClientFactory
{
    public static BlobServiceClient CreateBlobService(string connectionString) => CreateBlobService(StorageConnection.FromConnectionString(connectionString));

    public static TableServiceClient CreateTableService(string connectionString) => CreateTableService(StorageConnection.FromConnectionString(connectionString));

    public static BlobServiceClient CreateBlobService(StorageConnection connection)
    {
        var options = new BlobClientOptions();
        Tune(options.Retry);
        return connection.ConnectionString is { } connectionString
            ? new BlobServiceClient(connectionString, options)
            : new BlobServiceClient(connection.BlobServiceUri, CreateCredential(connection), options);
    }

    public static TableServiceClient CreateTableService(StorageConnection connection)
    {
        var options = new TableClientOptions();
        Tune(options.Retry);
        return connection.ConnectionString is { } connectionString
            ? new TableServiceClient(connectionString, options)
            : new TableServiceClient(connection.TableServiceUri, CreateCredential(connection), options);
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

    private static void Tune(RetryOptions retry)
    {
        retry.MaxRetries = 0;
        retry.NetworkTimeout = TimeSpan.FromSeconds(20);
    }
}
