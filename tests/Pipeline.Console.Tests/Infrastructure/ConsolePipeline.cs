using System.Net.Http.Json;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;

namespace Pipeline.Console.Tests.Infrastructure;

/// <summary>
/// What ./run.sh starts, for the console's tests: a private Azurite, the real local host (chunks of 100 records, so a
/// dump of a few thousand records shows progress) and the console on a free port with its own index folder.
/// </summary>
public sealed class ConsolePipeline : IAsyncLifetime
{
    public const int ChunkRecords = 100;

    private AzuriteProcess? azurite;
    private HostProcess? localHost;

    public HostProcess? Console { get; private set; }

    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), "console-test-index-" + Guid.NewGuid().ToString("N"));

    public int Port { get; } = AzuriteProcess.FreePort();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public HttpClient Http { get; private set; } = null!;

    public BlobServiceClient Blobs { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        azurite = await TestAzurite.StartPrivateAsync("azurite-console-test-");
        Blobs = new BlobServiceClient(azurite.ConnectionString);
        localHost = await HostProcess.StartAsync(
            RepositoryPaths.LocalHostDll,
            new Dictionary<string, string>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["Pipeline__Ingest__ChunkRecords"] = $"{ChunkRecords}",
            },
            "Job host started");
        await StartConsoleAsync();
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Starts the console (again), as run.sh does.</summary>
    public async Task StartConsoleAsync()
    {
        Console = await HostProcess.StartAsync(
            RepositoryPaths.ConsoleDll,
            new Dictionary<string, string>
            {
                ["AzureWebJobsStorage"] = azurite!.ConnectionString,
                ["Pipeline__Console__Port"] = $"{Port}",
                ["Pipeline__Console__IndexPath"] = IndexPath,
            },
            "Console at http://127.0.0.1:");
    }

    public async Task StopConsoleAsync()
    {
        if (Console is not null)
        {
            await Console.DisposeAsync();
            Console = null;
        }
    }

    /// <summary>Uploads a file into raw, as <c>./run.sh drop</c> does.</summary>
    public async Task DropAsync(string name, BinaryData content)
    {
        var raw = Blobs.GetBlobContainerClient("raw");
        await raw.CreateIfNotExistsAsync();
        await raw.GetBlobClient(name).UploadAsync(content, overwrite: true);
    }

    /// <summary>Waits for the input's final report (processed or quarantined) and returns when it was first seen.</summary>
    public async Task<(JsonElement Report, DateTime SeenAt)> WaitForReportAsync(string name, TimeSpan timeout)
    {
        var report = Blobs.GetBlobContainerClient("ingest-reports").GetBlobClient(name + ".json");
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var content = (await report.DownloadContentAsync()).Value.Content;
                var root = JsonDocument.Parse(content.ToMemory()).RootElement;
                if (root.GetProperty("status").GetString() is "processed" or "quarantined")
                {
                    return (root, DateTime.UtcNow);
                }
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no final report for {name} within {timeout}:\n{localHost?.Output}");
    }

    public async Task<JsonElement> SearchAsync(string query, int top = 10) =>
        await Http.GetFromJsonAsync<JsonElement>($"api/search?q={Uri.EscapeDataString(query)}&top={top}");

    /// <summary>Polls the search API until <paramref name="found"/> holds; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForSearchAsync(string query, Func<JsonElement, bool> found, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        do
        {
            if (found(await SearchAsync(query)))
            {
                return true;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        await StopConsoleAsync();
        if (localHost is not null)
        {
            await localHost.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        if (Directory.Exists(IndexPath))
        {
            Directory.Delete(IndexPath, recursive: true);
        }
    }
}
