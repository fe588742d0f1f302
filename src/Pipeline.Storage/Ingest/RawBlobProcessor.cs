using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Hosting;
using Polly;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// What every host's trigger calls: reads one raw blob (pinned to the ETag it had when processing started, so the
/// report names exactly the bytes read) and runs it through the core <see cref="IngestService"/>.
/// </summary>
public sealed class RawBlobProcessor(IngestService ingest, StorageInitializer initializer, ResiliencePipeline resilience)
{
    public async Task<IngestReport> ProcessAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        var properties = (await resilience.ExecuteAsync(async ct => await blob.GetPropertiesAsync(cancellationToken: ct), cancellationToken)).Value;
        var conditions = new BlobRequestConditions { IfMatch = properties.ETag };
        await using var content = await resilience.ExecuteAsync(
            async ct => await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { Conditions = conditions }, ct),
            cancellationToken);
        return await ingest.ProcessAsync(content, new InputRef(blob.BlobContainerName, blob.Name, properties.ETag.ToString()), cancellationToken);
    }
}
