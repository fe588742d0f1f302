namespace Pipeline.Core.Dedup;

/// <summary>
/// Corpus-wide memory of which articles exist. A claim is atomic: of several records of the same article
/// (even on hosts running at once) exactly one becomes the owner; a replay of the owner's record stays the owner.
/// </summary>
public interface IDedupIndex
{
    Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken);
}
