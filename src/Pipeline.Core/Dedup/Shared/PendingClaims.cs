using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// A batch's claims before they are committed: lookups see the corpus (the host's copy) and the claims made so far in
/// this batch, so duplicates inside a chunk are settled in memory; new claims stay here until the batch is appended to
/// the log, and are dropped if another host committed first (the batch is then decided again).
/// </summary>
internal sealed class PendingClaims(LocalDedupIndex corpusExact, LocalNearDuplicateStore corpusNear) : IDedupIndex, INearDuplicateStore
{
    private readonly List<ArticleClaim> claims = [];
    private readonly Dictionary<string, int> byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NearDuplicateEntry>> rows = new(StringComparer.Ordinal);

    public IReadOnlyList<ArticleClaim> Claims => claims;

    public Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken)
    {
        if (byHash.TryGetValue(candidate.ContentHash, out var index))
        {
            var claim = claims[index];
            return Task.FromResult(claim.OwnerKey == candidate.OwnerKey ? DedupVerdict.Owner(claim.Id) : DedupVerdict.DuplicateOf(claim.Id, 1.0));
        }

        if (corpusExact.Find(candidate.ContentHash, candidate.OwnerKey) is { } committed)
        {
            return Task.FromResult(committed);
        }

        byHash[candidate.ContentHash] = claims.Count;
        byId[candidate.Id] = claims.Count;
        claims.Add(new ArticleClaim(candidate.ContentHash, candidate.Id, candidate.OwnerKey, Near: null));
        return Task.FromResult(DedupVerdict.Owner(candidate.Id));
    }

    public async Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
    {
        var found = new List<NearDuplicateRow>(await corpusNear.FindAsync(bandKeys, cancellationToken));
        foreach (var key in bandKeys)
        {
            if (rows.TryGetValue(key, out var entries))
            {
                found.AddRange(entries.Select(entry => new NearDuplicateRow(key, entry)));
            }
        }

        return found;
    }

    /// <summary>
    /// Only a claim of this batch registers: a committed claim went into the log with its entry, all its rows at once,
    /// so an owner's replay has nothing left to register.
    /// </summary>
    public Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken)
    {
        if (byId.TryGetValue(entry.ArticleId, out var index) && claims[index].Near is null)
        {
            claims[index] = claims[index] with { Near = entry };
            foreach (var key in bandKeys)
            {
                if (!rows.TryGetValue(key, out var entries))
                {
                    rows[key] = entries = [];
                }

                entries.Add(entry);
            }
        }

        return Task.CompletedTask;
    }
}
