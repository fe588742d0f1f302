using System.Collections.Concurrent;

namespace Pipeline.Core.Dedup;

/// <summary>The dedup index for one process (the offline CLI's batch).</summary>
public sealed class InMemoryDedupIndex : IDedupIndex
{
    private readonly ConcurrentDictionary<string, (string Id, string Owner)> claims = new(StringComparer.Ordinal);

    public Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken)
    {
        var claim = claims.GetOrAdd(candidate.ContentHash, (candidate.Id, candidate.OwnerKey));
        return Task.FromResult(claim.Owner == candidate.OwnerKey
            ? DedupVerdict.Owner(claim.Id)
            : DedupVerdict.DuplicateOf(claim.Id, 1.0));
    }
}
