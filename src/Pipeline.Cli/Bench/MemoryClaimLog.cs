using System.Collections.Concurrent;
using Pipeline.Core.Dedup.Shared;

namespace Pipeline.Cli.Bench;

/// <summary>A claim log held in memory as encoded batches (as the blobs hold them), counting its bytes.</summary>
public sealed class MemoryClaimLog : IClaimLog
{
    private readonly ConcurrentDictionary<long, byte[]> batches = new();
    private long bytes;

    public long Bytes => Interlocked.Read(ref bytes);

    public Task<ClaimBatch?> ReadAsync(long sequence, CancellationToken cancellationToken) =>
        Task.FromResult(batches.TryGetValue(sequence, out var batch) ? ClaimBatchCodec.Decode(batch) : null);

    public Task<bool> TryAppendAsync(long sequence, ClaimBatch batch, CancellationToken cancellationToken)
    {
        var encoded = ClaimBatchCodec.Encode(batch);
        if (!batches.TryAdd(sequence, encoded))
        {
            return Task.FromResult(false);
        }

        Interlocked.Add(ref bytes, encoded.Length);
        return Task.FromResult(true);
    }
}
