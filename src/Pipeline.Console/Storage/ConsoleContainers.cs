using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Pipeline.Storage.Hosting;

namespace Pipeline.Console.Storage;

/// <summary>The containers the console reads, named by the pipeline's own settings (<c>Pipeline:Storage</c>); it never writes to them.</summary>
public sealed record ConsoleContainers(
    BlobContainerClient Raw,
    BlobContainerClient Normalized,
    BlobContainerClient Duplicates,
    BlobContainerClient Reports,
    BlobContainerClient Quarantine)
{
    public static ConsoleContainers Create(IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var service = StorageClientFactory.CreateBlobService(StorageConnection.Read(configuration, options.Connection));
        return new ConsoleContainers(
            service.GetBlobContainerClient(options.RawContainer),
            service.GetBlobContainerClient(options.NormalizedContainer),
            service.GetBlobContainerClient(options.DuplicatesContainer),
            service.GetBlobContainerClient(options.ReportsContainer),
            service.GetBlobContainerClient(options.QuarantineContainer));
    }
}
