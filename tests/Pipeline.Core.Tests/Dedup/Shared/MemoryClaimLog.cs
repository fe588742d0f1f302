using System.Collections.Concurrent;
using Pipeline.Core.Dedup.Shared;

namespace Pipeline.Core.Tests.Dedup.Shared;

/// <summary>
/// A claim log in memory with the storage log's semantics (append is create-if-absent), kept as encoded bytes so every
/// batch goes through the codec as it would through a blob. Counts reads and appends; a hook runs before each append.
/// </summary>
internal sealed class MemoryClaimLog : IClaimLog
{
    private readonly ConcurrentDictionary<long, byte[]> batches = new();
    private int reads;
    private int appends;

    public Func<Task>? BeforeAppend { get; set; }

    public int Reads => reads;

    public int Appends => appends;

    public int Count => batches.Count;

    public Task<ClaimBatch?> ReadAsync(long sequence, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref reads);
        return Task.FromResult(batches.TryGetValue(sequence, out var bytes) ? ClaimBatchCodec.Decode(bytes) : null);
    }

    public async Task<bool> TryAppendAsync(long sequence, ClaimBatch batch, CancellationToken cancellationToken)
    {
        if (BeforeAppend is { } hook)
        {
            await hook();
        }

        Interlocked.Increment(ref appends);
        return batches.TryAdd(sequence, ClaimBatchCodec.Encode(batch));
    }
}
