using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Search.Analysis;
using Pipeline.Search.Indexing;

namespace Pipeline.Search.Querying;

/// <summary>Runs one request against one point-in-time view of the index: query, filters, top hits with snippets, facets.</summary>
internal static class ArticleSearcher
{
    private const int FacetLimit = 20;

    public static SearchResults Search(IndexSearcher searcher, Analyzer analyzer, SearchRequest request)
    {
        var all = string.IsNullOrWhiteSpace(request.Query) || request.Query.Trim() == "*";
        var parser = new ArticleQueryParser(analyzer);
        // Rewritten once here (fuzzy terms expanded), so the highlighter can take it as it is.
        var query = all ? new MatchAllDocsQuery() : searcher.Rewrite(parser.ParseQuery(request.Query!));
        var top = Math.Clamp(request.Top, 1, SearchRequest.MaxTop);
        var hits = TopScoreDocCollector.Create(top, docsScoredInOrder: true);
        var facets = new FacetCollector(IndexFields.LanguageFacet, IndexFields.PublisherFacet, IndexFields.MonthFacet);
        searcher.Search(query, Filter(request), MultiCollector.Wrap(hits, facets));

        // Rewritten once, not once per hit and field; wildcards are searched as filters, so marked from a second parse
        // that expands them into (some of) the terms they match.
        var highlighted = all || !parser.ExpandsTerms ? query : searcher.Rewrite(new ArticleQueryParser(analyzer, forHighlighting: true).ParseQuery(request.Query!));
        var highlighter = new SnippetHighlighter(highlighted, analyzer);
        var found = hits.GetTopDocs().ScoreDocs.Select(hit => Hit(searcher.Doc(hit.Doc), hit.Score, highlighter)).ToList();
        return new SearchResults(
            hits.TotalHits,
            found,
            new SearchFacets(facets.Counts(0, FacetLimit), facets.Counts(1, FacetLimit), facets.Counts(2, int.MaxValue).OrderBy(m => m.Value, StringComparer.Ordinal).ToList()));
    }

    private static Filter? Filter(SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            filter.Add(new TermQuery(new Term(IndexFields.Language, request.Language.Trim())), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.Publisher))
        {
            filter.Add(new TermQuery(new Term(IndexFields.Publisher, request.Publisher.Trim())), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.From) || !string.IsNullOrWhiteSpace(request.To))
        {
            filter.Add(TermRangeQuery.NewStringRange(IndexFields.Date, Day(request.From), Day(request.To), includeLower: true, includeUpper: true), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    /// <summary>A date bound as the index keeps dates (<c>yyyy-MM-dd</c>); a month or year alone is its first day, null is open.</summary>
    private static string? Day(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(10, value.Trim().Length)];

    private static SearchHit Hit(Lucene.Net.Documents.Document document, float score, SnippetHighlighter highlighter)
    {
        var language = document.Get(IndexFields.Language);
        var key = LanguageAnalyzers.KeyFor(language);
        var title = document.Get(IndexFields.Title);
        return new SearchHit(
            document.Get(IndexFields.Id),
            title,
            title is null ? null : highlighter.Whole(IndexFields.Analyzed(IndexFields.Title, key), title),
            highlighter.Snippet(IndexFields.Analyzed(IndexFields.Body, key), document.Get(IndexFields.Body) ?? ""),
            document.Get(IndexFields.Publisher),
            document.Get(IndexFields.PublishedAt),
            document.Get(IndexFields.Url),
            language,
            score);
    }
}
