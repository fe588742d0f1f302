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
    private readonly Dictionary<string, Article> byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputRecordArticles> byInput = new(StringComparer.Ordinal);

    // Every source of an input names it and its version: one string each, not one per article (hundreds of thousands of articles a dump).
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private long order;

    /// <summary>The live article with this content hash, or null (never seen, or released).</summary>
    public Article? Live(string contentHash) => byHash.TryGetValue(contentHash, out var article) && article.IsLive ? article : null;

    /// <summary>The live article with this id, or null.</summary>
    public Article? LiveById(string id) => byId.TryGetValue(id, out var article) && article.IsLive ? article : null;

    /// <summary>Where a source's document belongs now: its article and whether it is the search document, or null when the source is gone.</summary>
    public (Article Article, bool IsSearchDocument)? Place(ArticleSource source)
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
        byHash.Clear();
        byId.Clear();
        byInput.Clear();
        names.Clear();
        byHash.TrimExcess();
        byId.TrimExcess();
        byInput.TrimExcess();
        names.TrimExcess();
    }

    /// <summary>Whether <paramref name="input"/> carries any article through a version other than <paramref name="version"/>.</summary>
    public bool HasSourcesBesides(string input, string? version) =>
        byInput.TryGetValue(input, out var records)
        && records.All.Any(article => article.Sources.Any(s => s.Input == input && s.Version != version));

    public void Apply(ArticleClaim claim)
    {
        if (!byHash.TryGetValue(claim.ContentHash, out var article))
        {
            article = new Article(claim.ContentHash, claim.Id);
            byHash[claim.ContentHash] = article;
            byId[claim.Id] = article;
        }

        var source = Shared(claim.Source);
        article.Order = ++order;
        article.ResetSources(source);
        article.Canonical = claim.Near?.CanonicalId ?? claim.Id;
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
        var removed = new Dictionary<Article, List<ArticleSource>>();
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
        var promotions = new List<(Article From, Article To)>();
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
            byId.GetValueOrDefault(article.Canonical)?.RemoveMember(article);
        }

        foreach (var (from, to) in plan.Promotions)
        {
            var members = from.Members.Where(m => m != to && !plan.Released.Contains(m)).ToList();
            to.Canonical = to.Id;
            to.Similarity = 1.0;
            foreach (var member in members)
            {
                member.Canonical = to.Id;
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

    private static List<ArticleSource> Remaining(Article article, Dictionary<Article, List<ArticleSource>> removed) =>
        removed.TryGetValue(article, out var gone) ? article.Sources.Except(gone).ToList() : [.. article.Sources];

    private void AddToInput(ArticleSource source, Article article)
    {
        if (!byInput.TryGetValue(source.Input, out var records))
        {
            byInput[source.Input] = records = new InputRecordArticles();
        }

        records.Add(source.Record, article);
    }

    /// <summary>One article: its sources in order of arrival (the first is its document's), its cluster, its place in the log.</summary>
    internal sealed class Article(string hash, string id)
    {
        public string Hash { get; } = hash;

        public string Id { get; } = id;

        public string Canonical { get; set; } = id;

        public double Similarity { get; set; } = 1.0;

        public long Order { get; set; }

        // One source almost always (each copy of the text adds one): held as itself until a second one comes.
        private object? sources;

        /// <summary>Its live sources in order of arrival: the first is its document's.</summary>
        public IReadOnlyList<ArticleSource> Sources => sources switch
        {
            List<ArticleSource> several => several,
            ArticleSource one => [one],
            _ => [],
        };

        public ArticleSource FirstSource => sources as ArticleSource ?? ((List<ArticleSource>)sources!)[0];

        // Most articles are nobody's canonical: the list is made for the first member.
        private List<Article>? members;

        /// <summary>For a canonical article: the live articles that are near duplicates of it, in log order.</summary>
        public IReadOnlyList<Article> Members => (IReadOnlyList<Article>?)members ?? [];

        public bool IsLive => sources is not null;

        public bool IsCanonical => Canonical == Id;

        /// <summary>Where the first source that <paramref name="match"/> accepts stands, or -1.</summary>
        public int FindSource(Func<ArticleSource, bool> match)
        {
            if (sources is List<ArticleSource> several)
            {
                return several.FindIndex(s => match(s));
            }

            return sources is ArticleSource one && match(one) ? 0 : -1;
        }

        public void ResetSources(ArticleSource source) => sources = source;

        public void ReplaceSource(int index, ArticleSource source)
        {
            if (sources is List<ArticleSource> several)
            {
                several[index] = source;
            }
            else
            {
                sources = source;
            }
        }

        public void AddSource(ArticleSource source) => sources = sources switch
        {
            null => source,
            ArticleSource one => new List<ArticleSource>(2) { one, source },
            _ => AddTo((List<ArticleSource>)sources, source),
        };

        public void RemoveSources(Predicate<ArticleSource> gone)
        {
            if (sources is not List<ArticleSource> several)
            {
                sources = sources is ArticleSource one && gone(one) ? null : sources;
                return;
            }

            several.RemoveAll(gone);
            sources = several.Count switch
            {
                0 => null,
                1 => several[0],
                _ => several,
            };
        }

        public void AddMember(Article member) => (members ??= []).Add(member);

        public void RemoveMember(Article member) => members?.Remove(member);

        public void ReplaceMembers(IReadOnlyList<Article> replacement) => members = replacement.Count == 0 ? null : [.. replacement];

        private static List<ArticleSource> AddTo(List<ArticleSource> several, ArticleSource source)
        {
            several.Add(source);
            return several;
        }
    }
}
