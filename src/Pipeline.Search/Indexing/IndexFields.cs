using Pipeline.Search.Analysis;

namespace Pipeline.Search.Indexing;

/// <summary>The Lucene fields of one article, and the query-side names (Azure AI Search's) they answer to.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string ETag = "etag";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Authors = "authors";
    public const string Publisher = "publisher";
    public const string PublisherText = "publisher_text";
    public const string Url = "url";
    public const string PublishedAt = "publishedAt";
    public const string Language = "language";

    /// <summary><c>yyyy-MM-dd</c> of <c>publishedAt</c>: filters by date range compare these strings.</summary>
    public const string Date = "date";

    public const string LanguageFacet = "facet_language";
    public const string PublisherFacet = "facet_publisher";
    public const string MonthFacet = "facet_month";

    /// <summary>The fields analyzed once per language: <c>title_en</c>, <c>body_cjk</c>...</summary>
    public static IReadOnlyList<string> PerLanguage { get; } = [Title, Summary, Body];

    public static string Analyzed(string field, string analyzerKey) => $"{field}_{analyzerKey}";

    /// <summary>Every field a query without a field name searches.</summary>
    public static string[] DefaultSearchFields { get; } =
        PerLanguage.SelectMany(f => LanguageAnalyzers.Keys.Select(k => Analyzed(f, k))).Append(Authors).Append(PublisherText).ToArray();

    /// <summary>The Lucene fields a field name in a query stands for (<c>title:moscow</c> searches every <c>title_*</c>).</summary>
    public static string[]? Expand(string field) => field switch
    {
        Title or Summary or Body => LanguageAnalyzers.Keys.Select(k => Analyzed(field, k)).ToArray(),
        Publisher => [PublisherText],
        _ => null,
    };
}
