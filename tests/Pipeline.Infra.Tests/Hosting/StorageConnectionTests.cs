using Microsoft.Extensions.Configuration;
using Pipeline.Storage.Hosting;

namespace Pipeline.Infra.Tests.Hosting;

/// <summary>
/// The app reads the same storage setting as the Functions host: a connection string locally (Azurite, tests),
/// the identity-based AzureWebJobsStorage__* section the Bicep deployment writes in Azure.
/// </summary>
public sealed class StorageConnectionTests
{
    private const string Azurite = "UseDevelopmentStorage=true";

    [Fact]
    public void Read_AValue_IsAConnectionString()
    {
        var connection = StorageConnection.Read(Configuration(("AzureWebJobsStorage", Azurite)), "AzureWebJobsStorage");
        Assert.Equal(Azurite, connection.ConnectionString);
        Assert.Null(connection.BlobServiceUri);
    }

    [Fact]
    public void Read_AConnectionStringsEntry_IsAConnectionString()
    {
        var connection = StorageConnection.Read(Configuration(("ConnectionStrings:AzureWebJobsStorage", Azurite)), "AzureWebJobsStorage");
        Assert.Equal(Azurite, connection.ConnectionString);
    }

    [Fact]
    public void Read_TheDeploymentsSettings_AreAUserAssignedManagedIdentity()
    {
        // Environment variables as Azure sets them: "__" is the configuration section separator.
        var connection = StorageConnection.Read(Configuration(
            ("AzureWebJobsStorage:blobServiceUri", "https://stabc.blob.core.windows.net/"),
            ("AzureWebJobsStorage:queueServiceUri", "https://stabc.queue.core.windows.net/"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001")), "AzureWebJobsStorage");

        Assert.Null(connection.ConnectionString);
        Assert.Equal(new Uri("https://stabc.blob.core.windows.net/"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://stabc.queue.core.windows.net/"), connection.QueueServiceUri);
        Assert.True(connection.UseManagedIdentity);
        Assert.Equal("00000000-0000-0000-0000-000000000001", connection.ClientId);
    }

    [Fact]
    public void Read_WithoutACredential_UsesTheDefaultChain()
    {
        var connection = StorageConnection.Read(Configuration(
            ("AzureWebJobsStorage:blobServiceUri", "https://stabc.blob.core.windows.net"),
            ("AzureWebJobsStorage:queueServiceUri", "https://stabc.queue.core.windows.net")), "AzureWebJobsStorage");

        Assert.False(connection.UseManagedIdentity);
        Assert.Null(connection.ClientId);
        Assert.IsType<Azure.Identity.DefaultAzureCredential>(StorageClientFactory.CreateCredential(connection));
    }

    [Fact]
    public void Read_ClientsPointAtTheServiceUris()
    {
        var connection = StorageConnection.Read(Configuration(
            ("AzureWebJobsStorage:blobServiceUri", "https://stabc.blob.core.windows.net"),
            ("AzureWebJobsStorage:queueServiceUri", "https://stabc.queue.core.windows.net"),
            ("AzureWebJobsStorage:credential", "managedidentity")), "AzureWebJobsStorage");

        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(StorageClientFactory.CreateCredential(connection));
        Assert.Equal("stabc", StorageClientFactory.CreateBlobService(connection).AccountName);
        Assert.Equal("stabc", StorageClientFactory.CreateQueueService(connection).AccountName);
    }

    [Theory]
    [InlineData("queueServiceUri")]
    [InlineData("blobServiceUri")]
    public void Read_AMissingServiceUri_IsNamed(string missing)
    {
        var settings = new[] { ("AzureWebJobsStorage:blobServiceUri", "https://stabc.blob.core.windows.net"), ("AzureWebJobsStorage:queueServiceUri", "https://stabc.queue.core.windows.net") }
            .Where(s => !s.Item1.EndsWith(missing, StringComparison.Ordinal)).ToArray();
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.Read(Configuration(settings), "AzureWebJobsStorage"));
        Assert.Contains("AzureWebJobsStorage__" + missing, error.Message);
    }

    [Fact]
    public void Read_AnUnknownCredential_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.Read(Configuration(
            ("AzureWebJobsStorage:blobServiceUri", "https://stabc.blob.core.windows.net"),
            ("AzureWebJobsStorage:queueServiceUri", "https://stabc.queue.core.windows.net"),
            ("AzureWebJobsStorage:credential", "managedIdentty")), "AzureWebJobsStorage"));
        Assert.Contains("managedidentity", error.Message);
    }

    [Fact]
    public void Read_NoSettingAtAll_SaysWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.Read(Configuration(), "AzureWebJobsStorage"));
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
