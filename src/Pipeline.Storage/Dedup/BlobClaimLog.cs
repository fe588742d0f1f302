using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Dedup.Shared;
using Polly;

namespace Pipeline.Storage.Dedup;

/// <summary>
/// The claim log as blobs: batch N is <c>{N:D12}.claims</c> in the claim-log container, appended with a create-if-absent
/// (<c>If-None-Match: *</c>), so of two hosts appending the same number one gets 409 and learns the other's batch.
/// Reads and appends are point operations whatever the corpus holds.
/// </summary>
public sealed class BlobClaimLog(BlobContainerClient container, ResiliencePipeline resilience) : IClaimLog
{
    public async Task<ClaimBatch?> ReadAsync(long sequence, CancellationToken cancellationToken)
    {
        try
        {
            var content = await resilience.ExecuteAsync(async ct => await Blob(sequence).DownloadContentAsync(ct), cancellationToken);
            return ClaimBatchCodec.Decode(content.Value.Content.ToMemory());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> TryAppendAsync(long sequence, ClaimBatch batch, CancellationToken cancellationToken)
    {
        var bytes = BinaryData.FromBytes(ClaimBatchCodec.Encode(batch));
        var options = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
        try
        {
            await resilience.ExecuteAsync(async ct => await Blob(sequence).UploadAsync(bytes, options, ct), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Taken: by another host, or by this append itself when an earlier attempt's response was lost.
            return false;
        }
    }

    private BlobClient Blob(long sequence) => container.GetBlobClient($"{sequence.ToString("D12", CultureInfo.InvariantCulture)}.claims");
}
