namespace Pipeline.Core.Dedup;

/// <summary>
/// Settles a race between near copies that claimed "canonical" at the same moment on different hosts, so a cluster
/// keeps exactly one canonical article. Each claimant registers first, then re-reads its band keys and yields to any
/// similar canonical claimant that the store committed earlier. Both compare in the same partition: the smallest band
/// key the two share. If one claimant didn't see the other there, its row was committed first (it registered before
/// reading, the other committed after that read), so it is the earlier one and rightly stays; the later one sees it
/// and yields. Ties in commit order go to the smaller article id.
/// </summary>
public sealed class CanonicalRaceJudge(NearDuplicateOptions options)
{
    /// <summary>The earliest similar canonical claimant committed before <paramref name="articleId"/>, or null when it is the first.</summary>
    public (NearDuplicateEntry Winner, double Similarity)? FindEarlier(string articleId, NearDuplicateSketch sketch, IReadOnlyList<NearDuplicateRow> rows)
    {
        var mine = rows.Where(r => r.Entry.ArticleId == articleId).ToDictionary(r => r.BandKey, r => r.Order, StringComparer.Ordinal);
        var myKeys = new HashSet<string>(sketch.BandKeys, StringComparer.Ordinal);
        (NearDuplicateEntry Winner, double Similarity, long Order)? earliest = null;
        foreach (var rival in rows.Where(r => r.Entry.ArticleId != articleId && r.Entry.IsCanonical).GroupBy(r => r.Entry.ArticleId))
        {
            var entry = rival.First().Entry;
            var similarity = sketch.Signature.EstimateJaccard(entry.Signature);
            if (similarity < options.Threshold)
            {
                continue;
            }

            var shared = LshBandKeys.Compute(entry.Signature, options.Bands, options.RowsPerBand).Where(myKeys.Contains).Min(StringComparer.Ordinal);
            var theirs = rival.FirstOrDefault(r => r.BandKey == shared);
            if (shared is null || theirs is null || !mine.TryGetValue(shared, out var myOrder) || !Earlier(theirs.Order, entry.ArticleId, myOrder, articleId))
            {
                continue;
            }

            if (earliest is not { } e || Earlier(theirs.Order, entry.ArticleId, e.Order, e.Winner.ArticleId))
            {
                earliest = (entry, similarity, theirs.Order);
            }
        }

        return earliest is { } w ? (w.Winner, w.Similarity) : null;
    }

    private static bool Earlier(long order, string id, long otherOrder, string otherId) =>
        order < otherOrder || (order == otherOrder && string.CompareOrdinal(id, otherId) < 0);
}
