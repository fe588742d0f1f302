namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// Every article of the corpus and the records that carry it, as the claim log says, kept by each host in log order:
/// an article's live sources (the first is its document's source), its cluster (canonical and members), and each
/// input's sources. A withdrawal is planned here (<see cref="PlanWithdrawal"/>): which sources go, which articles are
/// released, which cluster gets a new canonical, and the document changes that follow; every host applying the same
/// log entry plans and applies the same.
/// </summary>
internal sealed class CorpusArticles
{
    // By content hash, and so by id too (the hash's prefix).
    private readonly Dictionary<string, CorpusArticle> articles = new(ArticleIdKeyComparer.Instance);
    private readonly Dictionary<string, InputRecordArticles> byInput = new(StringComparer.Ordinal);

    // Every source of an input names it and its version: one string each, not one per article (hundreds of thousands of articles a dump).
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private long order;

    /// <summary>The live article with this content hash, or null (never seen, or released).</summary>
    public CorpusArticle? Live(string contentHash) =>
        articles.TryGetValue(contentHash, out var article) && article.IsLive && article.Hash == contentHash ? article : null;

    /// <summary>The live article with this id, or null.</summary>
    public CorpusArticle? LiveById(string id) => articles.TryGetValue(id, out var article) && article.IsLive ? article : null;

    /// <summary>Where a source's document belongs now: its article and whether it is the search document, or null when the source is gone.</summary>
    public (CorpusArticle Article, bool IsSearchDocument)? Place(ArticleSource source)
    {
        if (!byInput.TryGetValue(source.Input, out var records))
        {
            return null;
        }

        foreach (var article in records.Of(source.Record))
        {
            var index = article.FindSource(s => s.SameRecord(source) && s.Version == source.Version);
            if (index >= 0)
            {
                return (article, index == 0 && article.IsCanonical);
            }
        }

        return null;
    }

    /// <summary>Forgets every article: the copy is dropped with its index.</summary>
    public void Clear()
    {
        articles.Clear();
        byInput.Clear();
        names.Clear();
        articles.TrimExcess();
        byInput.TrimExcess();
        names.TrimExcess();
    }

    /// <summary>Whether <paramref name="input"/> carries any article through a version other than <paramref name="version"/>.</summary>
    public bool HasSourcesBesides(string input, string? version) =>
        byInput.TryGetValue(input, out var records)
        && records.All.Any(article => article.Sources.Any(s => s.Input == input && s.Version != version));

    public void Apply(ArticleClaim claim)
    {
        if (!articles.TryGetValue(claim.ContentHash, out var article) || article.Hash != claim.ContentHash)
        {
            article = new CorpusArticle(claim.ContentHash);
            articles[claim.ContentHash] = article;
        }

        var source = Shared(claim.Source);
        article.Order = ++order;
        article.ResetSources(source);
        article.JoinCluster(claim.Near?.CanonicalId);
        article.Similarity = claim.Near?.Similarity ?? 1.0;
        if (!article.IsCanonical && LiveById(article.Canonical) is { } canonical)
        {
            canonical.AddMember(article);
        }

        AddToInput(source, article);
    }

    public void Apply(SourceSighting sighting)
    {
        var article = Live(sighting.ContentHash) ?? throw new InvalidOperationException($"a sighting of {sighting.ContentHash}, which is not in the corpus");
        var source = Shared(sighting.Source);
        var index = article.FindSource(s => s.SameRecord(source));
        if (index >= 0)
        {
            // The same record in a newer version of its input: same place, new version.
            article.ReplaceSource(index, source);
            return;
        }

        article.AddSource(source);
        AddToInput(source, article);
    }

    /// <summary>What withdrawing <paramref name="input"/> (but its sources of version <paramref name="keepVersion"/>) would change; changes nothing.</summary>
    public WithdrawalPlan PlanWithdrawal(string input, string? keepVersion)
    {
        var removed = new Dictionary<CorpusArticle, List<ArticleSource>>();
        if (byInput.TryGetValue(input, out var records))
        {
            foreach (var article in records.All.Distinct())
            {
                var gone = article.Sources.Where(s => s.Input == input && (keepVersion is null || s.Version != keepVersion)).ToList();
                if (gone.Count > 0)
                {
                    removed[article] = gone;
                }
            }
        }

        var effects = new List<DocumentEffect>();
        var released = removed.Where(r => r.Value.Count == r.Key.Sources.Count).Select(r => r.Key).ToHashSet();
        var promotions = new List<(CorpusArticle From, CorpusArticle To)>();
        foreach (var (article, gone) in removed.OrderBy(r => r.Key.Order))
        {
            var remaining = article.Sources.Except(gone).ToList();
            var documentGone = gone.Contains(article.Sources[0]);
            if (article.IsCanonical && documentGone)
            {
                if (remaining.Count > 0)
                {
                    effects.Add(new DocumentPromotion(article.Id, article.Id, remaining[0], gone));
                }
                else
                {
                    effects.Add(new DocumentRemoval(article.Id, gone));
                }

                effects.AddRange(gone.Where(s => s != article.Sources[0]).Select(s => new DuplicateRemoval(article.Id, article.Id, s)));
            }
            else
            {
                effects.AddRange(gone.Select(s => new DuplicateRemoval(article.Canonical, article.Id, s)));
            }

            if (article.IsCanonical && released.Contains(article)
                && article.Members.Where(m => !released.Contains(m)).OrderBy(m => m.Order).FirstOrDefault() is { } heir)
            {
                promotions.Add((article, heir));
            }
        }

        foreach (var (from, to) in promotions)
        {
            var heirSources = Remaining(to, removed);
            effects.Add(new DocumentPromotion(to.Id, from.Id, heirSources[0], []));
            effects.AddRange(heirSources.Skip(1).Select(s => new DuplicateMove(from.Id, to.Id, to.Id, s)));
            foreach (var member in from.Members.Where(m => m != to && !released.Contains(m)))
            {
                effects.AddRange(Remaining(member, removed).Select(s => new DuplicateMove(from.Id, to.Id, member.Id, s)));
            }
        }

        return new WithdrawalPlan(input, keepVersion, removed, released, promotions, effects);
    }

    /// <summary>Carries out a plan made by <see cref="PlanWithdrawal"/> on this same state.</summary>
    public void Apply(WithdrawalPlan plan)
    {
        foreach (var (article, gone) in plan.Removed)
        {
            article.RemoveSources(gone.Contains);
            if (byInput.TryGetValue(plan.Input, out var records))
            {
                foreach (var source in gone)
                {
                    records.Remove(source.Record, article);
                }
            }
        }

        foreach (var article in plan.Released.Where(a => !a.IsCanonical))
        {
            articles.GetValueOrDefault(article.Canonical)?.RemoveMember(article);
        }

        foreach (var (from, to) in plan.Promotions)
        {
            var members = from.Members.Where(m => m != to && !plan.Released.Contains(m)).ToList();
            to.JoinCluster(null);
            to.Similarity = 1.0;
            foreach (var member in members)
            {
                member.JoinCluster(to.Id);
            }

            to.ReplaceMembers(members);
            from.ReplaceMembers([]);
        }

        foreach (var article in plan.Released.Where(a => a.IsCanonical))
        {
            article.ReplaceMembers([]);
        }
    }

    private ArticleSource Shared(ArticleSource source) => new(Name(source.Input), source.Record, source.Version is null ? null : Name(source.Version));

    private string Name(string name)
    {
        if (!names.TryGetValue(name, out var shared))
        {
            names[name] = shared = name;
        }

        return shared;
    }

    private static List<ArticleSource> Remaining(CorpusArticle article, Dictionary<CorpusArticle, List<ArticleSource>> removed) =>
        removed.TryGetValue(article, out var gone) ? article.Sources.Except(gone).ToList() : [.. article.Sources];

    private void AddToInput(ArticleSource source, CorpusArticle article)
    {
        if (!byInput.TryGetValue(source.Input, out var records))
        {
            byInput[source.Input] = records = new InputRecordArticles();
        }

        records.Add(source.Record, article);
    }
}
