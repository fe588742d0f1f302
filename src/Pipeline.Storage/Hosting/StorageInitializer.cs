using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Pipeline.Storage.Ingest;
using Polly;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// Creates the containers and the chunk queue on first use. Each call that finds them not yet created tries again
/// (through the Polly pipeline, with the caller's token): a failure is never remembered, so one storage hiccup at
/// start-up doesn't fail every later input.
/// </summary>
public sealed class StorageInitializer(BlobServiceClient blobs, QueueServiceClient queues, IOptions<StorageOptions> options, ResiliencePipeline resilience)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool created;

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (created)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!created)
            {
                await CreateAsync(options.Value, cancellationToken);
                created = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task CreateAsync(StorageOptions o, CancellationToken cancellationToken)
    {
        string[] containers = [o.RawContainer, o.NormalizedContainer, o.DuplicatesContainer, o.ReportsContainer, o.QuarantineContainer, o.ClaimLogContainer, o.WorkContainer];
        foreach (var name in containers)
        {
            await resilience.ExecuteAsync(async ct => await blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: ct), cancellationToken);
        }

        await resilience.ExecuteAsync(async ct => await queues.GetQueueClient(ChunkTicket.Queue).CreateIfNotExistsAsync(cancellationToken: ct), cancellationToken);
    }
}
