namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// What withdrawing an input's sources changes, worked out on one state of the corpus: the sources each article loses,
/// the articles left with none (released), the clusters whose canonical goes and the member that takes its place,
/// and the document changes all this implies.
/// </summary>
internal sealed record WithdrawalPlan(
    string Input,
    string? KeepVersion,
    IReadOnlyDictionary<CorpusArticle, List<ArticleSource>> Removed,
    IReadOnlySet<CorpusArticle> Released,
    IReadOnlyList<(CorpusArticle From, CorpusArticle To)> Promotions,
    IReadOnlyList<DocumentEffect> Effects)
{
    public bool IsEmpty => Removed.Count == 0;

    /// <summary>What a report says of it: the articles whose documents were withdrawn, and those promoted in their place.</summary>
    public WithdrawalSummary Summary => new(
        Removed.Keys.Where(a => Released.Contains(a)).Select(a => a.Id).Order(StringComparer.Ordinal).ToList(),
        Promotions.Select(p => p.To.Id)
            .Concat(Effects.OfType<DocumentPromotion>().Where(e => e.ArticleId == e.FromCanonicalId).Select(e => e.ArticleId))
            .Distinct().Order(StringComparer.Ordinal).ToList(),
        Removed.Values.SelectMany(s => s).Select(s => s.Version).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList());
}
