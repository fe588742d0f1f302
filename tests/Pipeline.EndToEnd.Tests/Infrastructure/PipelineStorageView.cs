using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>What a user sees in the storage account: drops into raw, reads documents, reports and quarantine.</summary>
public sealed class PipelineStorageView(string connectionString, StorageOptions options)
{
    private readonly BlobServiceClient service = new(connectionString);

    public StorageOptions Options => options;

    public BlobContainerClient Raw => service.GetBlobContainerClient(options.RawContainer);

    public BlobContainerClient Normalized => service.GetBlobContainerClient(options.NormalizedContainer);

    public BlobContainerClient Duplicates => service.GetBlobContainerClient(options.DuplicatesContainer);

    public BlobContainerClient Reports => service.GetBlobContainerClient(options.ReportsContainer);

    public BlobContainerClient Quarantine => service.GetBlobContainerClient(options.QuarantineContainer);

    /// <summary>Unique container and table names, so tests sharing one Azurite don't see each other's blobs.</summary>
    public static StorageOptions IsolatedOptions()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        return new StorageOptions
        {
            RawContainer = $"raw-{suffix}",
            NormalizedContainer = $"normalized-{suffix}",
            DuplicatesContainer = $"duplicates-{suffix}",
            ReportsContainer = $"reports-{suffix}",
            QuarantineContainer = $"quarantine-{suffix}",
            ClaimLogContainer = $"claims-{suffix}",
            WorkContainer = $"work-{suffix}",
        };
    }

    public async Task<(BlobClient Blob, ETag ETag)> DropAsync(string name, byte[] content)
    {
        await Raw.CreateIfNotExistsAsync();
        var blob = Raw.GetBlobClient(name);
        var info = await blob.UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return (blob, info.Value.ETag);
    }

    public async Task<List<string>> ListAsync(BlobContainerClient container)
    {
        var names = new List<string>();
        if (!await container.ExistsAsync())
        {
            return names;
        }

        await foreach (var item in container.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        return names;
    }

    public async Task<byte[]> ReadBytesAsync(BlobContainerClient container, string name) =>
        (await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();

    public async Task<JsonElement> ReadJsonAsync(BlobContainerClient container, string name) =>
        JsonDocument.Parse(await ReadBytesAsync(container, name)).RootElement;

    public Task<JsonElement> ReadReportAsync(string inputName) => ReadJsonAsync(Reports, BlobNames.Report(inputName));

    /// <summary>How many chunks of a chunked input its report counts done (0 while it has none, or storage is down).</summary>
    public async Task<int> ChunksDoneAsync(string inputName)
    {
        try
        {
            var report = await ReadReportAsync(inputName);
            return report.TryGetProperty("chunks", out var chunks) ? chunks.GetProperty("done").GetInt32() : 0;
        }
        catch (RequestFailedException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Waits until the report of this exact version of an input exists; with <paramref name="settled"/>, until it is
    /// final (not a "failed" attempt the host is still retrying). Storage errors while waiting (an outage) are waited out.
    /// </summary>
    public async Task<JsonElement> WaitForReportAsync(string inputName, ETag etag, TimeSpan timeout, bool settled = false)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var report = await ReadReportAsync(inputName);
                if (report.GetProperty("etag").GetString() == etag.ToString() && !(settled && report.GetProperty("status").GetString() == "failed"))
                {
                    return report;
                }
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"no report for {inputName} within {timeout}");
    }
}
