using Azure;
using Azure.Storage.Blobs;
using Polly;

namespace Pipeline.Storage.Blobs;

/// <summary>
/// Uploads a local file as a blob through the resilience pipeline: a dump of a gigabyte is many block uploads, and one
/// of them timing out (a busy emulator, a slow link) starts the file again instead of failing the drop.
/// </summary>
public static class FileUploader
{
    public static async Task<ETag> UploadFileAsync(this BlobClient blob, string path, ResiliencePipeline resilience, CancellationToken cancellationToken) =>
        await resilience.ExecuteAsync(
            async ct =>
            {
                await using var file = File.OpenRead(path);
                return (await blob.UploadAsync(file, overwrite: true, ct)).Value.ETag;
            },
            cancellationToken);
}
