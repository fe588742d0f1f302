using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Dedup;

/// <summary>
/// Exact and near-duplicate dedup in one claim. The exact claim (by content hash) decides which record owns an article;
/// the owner then looks its sketch up by LSH band keys, verifies every candidate by estimated Jaccard similarity, and
/// registers its entry with the verdict: canonical if nothing matched (the first article to claim a cluster is canonical),
/// else a duplicate of the best match's canonical article. Replays and later exact copies read that stored verdict back,
/// so the same record always gets the same answer. Bodies too short to sketch are matched exactly only.
/// </summary>
/// <remarks>
/// Concurrency: the index itself answers one claim at a time. Hosts share one corpus through
/// <see cref="Shared.SharedDedupIndex"/>, which runs this same logic over its own copy of the corpus and commits each
/// batch of new claims to a log in storage in one serial order, so two hosts never both make a cluster canonical.
/// </remarks>
public sealed class NearDuplicateIndex(IDedupIndex exact, INearDuplicateStore store, NearDuplicateSketcher sketcher) : IDedupIndex
{
    /// <summary>Exact and near-duplicate dedup held by this process alone (memory and a temporary file).</summary>
    public static NearDuplicateIndex Local(NearDuplicateOptions options) =>
        new(new LocalDedupIndex(), new LocalNearDuplicateStore(), new NearDuplicateSketcher(options));

    public async Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken)
    {
        var exactVerdict = await exact.ClaimAsync(candidate, cancellationToken);
        if (!sketcher.Options.NearDuplicates || sketcher.Sketch(candidate.Body) is not { } sketch)
        {
            return exactVerdict;
        }

        var rows = await store.FindAsync(sketch.BandKeys, cancellationToken);
        var stored = rows.FirstOrDefault(r => r.Entry.ArticleId == candidate.Id)?.Entry;
        if (exactVerdict.IsDuplicate)
        {
            // Another record's copy of this article: point where the owner's claim pointed. If the owner has not
            // registered yet (it is running now or will replay), the exact answer is right meanwhile.
            return stored is { IsCanonical: false } ? stored.ToVerdict() : exactVerdict;
        }

        if (stored is null)
        {
            stored = BestMatch(sketch, rows.Select(r => r.Entry).DistinctBy(e => e.ArticleId)) is { } match
                ? new NearDuplicateEntry(candidate.Id, match.Entry.CanonicalId, match.Similarity, sketch.Signature)
                : new NearDuplicateEntry(candidate.Id, candidate.Id, 1.0, sketch.Signature);
        }

        // First claim, or the owner's replay finishing a registration an earlier attempt may have cut short.
        await store.RegisterAsync(sketch.BandKeys, stored, cancellationToken);
        return stored.ToVerdict();
    }

    /// <summary>The verified candidate most like the sketch; ties go to the lowest canonical id so every host picks alike.</summary>
    private (NearDuplicateEntry Entry, double Similarity)? BestMatch(NearDuplicateSketch sketch, IEnumerable<NearDuplicateEntry> candidates)
    {
        (NearDuplicateEntry Entry, double Similarity)? best = null;
        foreach (var candidate in candidates)
        {
            var similarity = sketch.Signature.EstimateJaccard(candidate.Signature);
            if (similarity < sketcher.Options.Threshold)
            {
                continue;
            }

            if (best is not { } b || similarity > b.Similarity
                || (similarity == b.Similarity && string.CompareOrdinal(candidate.CanonicalId, b.Entry.CanonicalId) < 0))
            {
                best = (candidate, similarity);
            }
        }

        return best;
    }
}
