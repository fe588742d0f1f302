using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Pipeline.Storage.Hosting;

/// <summary>Creates the containers and the dedup table on first use, once per process.</summary>
public sealed class StorageInitializer(BlobServiceClient blobs, TableServiceClient tables, IOptions<StorageOptions> options)
{
    private readonly Lazy<Task> created = new(() => CreateAsync(blobs, tables, options.Value));

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => created.Value.WaitAsync(cancellationToken);

    private static async Task CreateAsync(BlobServiceClient blobs, TableServiceClient tables, StorageOptions o)
    {
        foreach (var name in new[] { o.RawContainer, o.NormalizedContainer, o.DuplicatesContainer, o.ReportsContainer, o.QuarantineContainer })
        {
            await blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync();
        }

        await tables.GetTableClient(o.DedupTable).CreateIfNotExistsAsync();
    }
}
