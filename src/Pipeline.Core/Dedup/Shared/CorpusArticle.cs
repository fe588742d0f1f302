using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// One article of a host's copy of the corpus: its sources in order of arrival (the first is its document's), its
/// cluster, its place in the log. Every host keeps one per article of the corpus, so it holds as little as it can: its
/// id is its content hash's prefix (<see cref="ContentFingerprint.ToArticleId"/>), made when asked for; a canonical
/// holds no canonical id; a single source, and no members, take no list.
/// </summary>
internal sealed class CorpusArticle(string hash)
{
    // Another article's id when this one is a near duplicate of it; null when it is its own canonical.
    private string? canonical;

    // One source almost always (each copy of the text adds one): held as itself until a second one comes.
    private object? sources;

    // Most articles are nobody's canonical: the list is made for the first member.
    private List<CorpusArticle>? members;

    public string Hash { get; } = hash;

    public string Id => ContentFingerprint.ToArticleId(Hash);

    /// <summary>The id of the cluster's canonical article: its own when it is one.</summary>
    public string Canonical => canonical ?? Id;

    public bool IsCanonical => canonical is null;

    public double Similarity { get; set; } = 1.0;

    public long Order { get; set; }

    /// <summary>Its live sources in order of arrival: the first is its document's.</summary>
    public IReadOnlyList<ArticleSource> Sources => sources switch
    {
        List<ArticleSource> several => several,
        ArticleSource one => [one],
        _ => [],
    };

    public ArticleSource FirstSource => sources as ArticleSource ?? ((List<ArticleSource>)sources!)[0];

    public bool IsLive => sources is not null;

    /// <summary>For a canonical article: the live articles that are near duplicates of it, in log order.</summary>
    public IReadOnlyList<CorpusArticle> Members => (IReadOnlyList<CorpusArticle>?)members ?? [];

    /// <summary>Makes <paramref name="canonicalId"/> this article's canonical; null or its own id makes it its own.</summary>
    public void JoinCluster(string? canonicalId) =>
        canonical = canonicalId is null || IsOwnId(canonicalId) ? null : canonicalId;

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

    public void AddSource(ArticleSource source)
    {
        switch (sources)
        {
            case null:
                sources = source;
                break;
            case ArticleSource one:
                sources = new List<ArticleSource>(2) { one, source };
                break;
            default:
                ((List<ArticleSource>)sources).Add(source);
                break;
        }
    }

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

    public void AddMember(CorpusArticle member) => (members ??= []).Add(member);

    public void RemoveMember(CorpusArticle member) => members?.Remove(member);

    public void ReplaceMembers(IReadOnlyList<CorpusArticle> replacement) => members = replacement.Count == 0 ? null : [.. replacement];

    private bool IsOwnId(string id) => ContentFingerprint.IsArticleIdOf(id, Hash);
}
