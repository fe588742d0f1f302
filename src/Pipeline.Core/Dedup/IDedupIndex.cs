namespace Pipeline.Core.Dedup;

/// <summary>
/// Corpus-wide memory of which articles exist. A claim is atomic: of several records of the same article
/// (even on hosts running at once) exactly one becomes the owner; a replay of the owner's record stays the owner.
/// </summary>
public interface IDedupIndex
{
    Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a batch (a chunk's records) in order, as if one by one: a later candidate sees the earlier ones.
    /// An index shared through storage settles the whole batch with a few requests instead of some per candidate.
    /// </summary>
    async Task<IReadOnlyList<DedupVerdict>> ClaimAllAsync(IReadOnlyList<DedupCandidate> candidates, CancellationToken cancellationToken)
    {
        var verdicts = new DedupVerdict[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            verdicts[i] = await ClaimAsync(candidates[i], cancellationToken);
        }

        return verdicts;
    }
}
