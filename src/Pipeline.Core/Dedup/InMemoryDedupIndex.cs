using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup;

/// <summary>
/// The dedup index for one process (the offline CLI's batch). A batch can hold hundreds of thousands of articles, so a
/// claim is kept as two fixed-size hashes and the id string the article already has, not as hex and owner-key strings:
/// 128 bits of the content hash (the hex's own bits when it is hex, else hashed) and a 64-bit hash of the owner key.
/// </summary>
public sealed class InMemoryDedupIndex : IDedupIndex
{
    private readonly Lock gate = new();
    private readonly Dictionary<UInt128, (string Id, ulong Owner)> claims = [];

    public Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken)
    {
        var owner = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(candidate.OwnerKey.AsSpan()));
        (string Id, ulong Owner) claim;
        lock (gate)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(claims, Key(candidate.ContentHash), out var exists);
            if (!exists)
            {
                slot = (candidate.Id, owner);
            }

            claim = slot;
        }

        return Task.FromResult(claim.Owner == owner
            ? DedupVerdict.Owner(claim.Id)
            : DedupVerdict.DuplicateOf(claim.Id, 1.0));
    }

    /// <summary>A SHA-256 hex's first 128 bits as they are (a collision there is a SHA-256 collision); any other string hashed.</summary>
    private static UInt128 Key(string contentHash) =>
        contentHash.Length >= 32 && UInt128.TryParse(contentHash.AsSpan(0, 32), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var bits)
            && contentHash.Length == 64 && IsLowerHex(contentHash)
            ? bits
            : XxHash128.HashToUInt128(MemoryMarshal.AsBytes(contentHash.AsSpan()));

    private static bool IsLowerHex(string s) => !s.AsSpan().ContainsAnyExcept("0123456789abcdef");
}
