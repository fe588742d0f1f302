using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Pipeline.Search.Analysis;
using Pipeline.Search.Indexing;

namespace Pipeline.Search.Querying;

/// <summary>
/// The classic Lucene query parser over every language's fields at once: each term is analyzed the way each field
/// was (stemmed for English in <c>body_en</c>, bigrams in <c>body_cjk</c>), so a query finds a document whatever its
/// language. Field names of the output contract (<c>title:</c>, <c>body:</c>, <c>summary:</c>, <c>publisher:</c>) stand
/// for their per-language fields; titles weigh twice as much as bodies. One parser per query (it is not thread-safe).
/// </summary>
internal sealed class ArticleQueryParser : MultiFieldQueryParser
{
    private static readonly Dictionary<string, float> Boosts = IndexFields.DefaultSearchFields
        .ToDictionary(f => f, f => f.StartsWith(IndexFields.Title + "_", StringComparison.Ordinal) ? 2f : 1f);

    /// <param name="forHighlighting">
    /// Wildcard, prefix, fuzzy and range terms rewrite to (at most 64 of) the terms they match, the form the highlighter
    /// can mark; for searching they keep Lucene's default (every match, constant score).
    /// </param>
    public ArticleQueryParser(Analyzer analyzer, bool forHighlighting = false)
        : base(LanguageAnalyzers.Version, IndexFields.DefaultSearchFields, analyzer, Boosts)
    {
        DefaultOperator = OR_OPERATOR;
        if (forHighlighting)
        {
            MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(64);
        }
    }

    /// <summary>Analyzes each per-language field with its language's analyzer, every other field with the standard one.</summary>
    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        LanguageAnalyzers.Create(LanguageAnalyzers.Standard),
        IndexFields.PerLanguage
            .SelectMany(f => LanguageAnalyzers.Keys.Select(k => (Field: IndexFields.Analyzed(f, k), Key: k)))
            .ToDictionary(x => x.Field, x => LanguageAnalyzers.Create(x.Key)));

    /// <summary>
    /// True once the query holds a wildcard, prefix, range or regular-expression term: searched as a constant-score
    /// filter, which names no terms a highlighter could mark.
    /// </summary>
    public bool ExpandsTerms { get; private set; }

    /// <exception cref="InvalidQueryException">Not valid syntax.</exception>
    public Query ParseQuery(string text)
    {
        try
        {
            return Parse(text);
        }
        catch (ParseException e)
        {
            throw new InvalidQueryException(e.Message, e);
        }
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        Expanded(field, f => base.GetFieldQuery(f!, queryText, slop));

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        Expanded(field, f => base.GetFieldQuery(f!, queryText, quoted));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Expanded(field, f => base.GetFuzzyQuery(f!, termStr, minSimilarity));

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Expanding(field, f => base.GetPrefixQuery(f!, termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Expanding(field, f => base.GetWildcardQuery(f!, termStr));

    protected override Query GetRegexpQuery(string field, string termStr) =>
        Expanding(field, f => base.GetRegexpQuery(f!, termStr));

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        Expanding(field, f => base.GetRangeQuery(f!, part1, part2, startInclusive, endInclusive));

    private Query Expanding(string? field, Func<string?, Query> query)
    {
        ExpandsTerms = true;
        return Expanded(field, query);
    }

    /// <summary>
    /// A contract field name is searched as a query without a field over that name's fields only (the base class
    /// expands a null field over <c>m_fields</c>).
    /// </summary>
    private Query Expanded(string? field, Func<string?, Query> query)
    {
        if (field is null || IndexFields.Expand(field) is not { } fields)
        {
            return query(field);
        }

        var all = m_fields;
        m_fields = fields;
        try
        {
            return query(null);
        }
        finally
        {
            m_fields = all;
        }
    }
}
