using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Pipeline.Search.Querying;

/// <summary>
/// Marks a query's matches in a document's text: the text HTML-encoded, matches (whole phrases for a phrase query) in
/// <c>&lt;mark&gt;</c>, cut to the best fragments. The text comes from raw inputs, so nothing of it passes unencoded.
/// </summary>
/// <param name="query">The query rewritten against the index (<see cref="IndexSearcher.Rewrite"/>): its terms are what is marked.</param>
internal sealed class SnippetHighlighter(Query query, Analyzer analyzer)
{
    private const int FragmentChars = 160;
    private const int Fragments = 2;
    private static readonly IFormatter Mark = new SimpleHTMLFormatter("<mark>", "</mark>");
    private static readonly IEncoder Html = new SimpleHTMLEncoder();

    /// <summary>The best fragments of <paramref name="text"/> for the query's terms in <paramref name="field"/>; the text's start when nothing matches.</summary>
    /// <remarks>Span scoring: a phrase is marked where it occurs as a phrase, not wherever its words do.</remarks>
    public string Snippet(string field, string text)
    {
        var scorer = new QueryScorer(query, field);
        return Highlight(field, text, scorer, new SimpleSpanFragmenter(scorer, FragmentChars), Fragments) ?? WebUtility.HtmlEncode(Start(text));
    }

    /// <summary>The whole of a short text (a title) with its matches marked, or null when nothing matches.</summary>
    /// <remarks>Term by term (no phrase positions): a title is short, and span scoring per hit costs more than it shows.</remarks>
    public string? Whole(string field, string text) => Highlight(field, text, new QueryTermScorer(query, field), new NullFragmenter(), 1);

    private string? Highlight(string field, string text, IScorer scorer, IFragmenter fragmenter, int fragments)
    {
        var highlighter = new Highlighter(Mark, Html, scorer) { TextFragmenter = fragmenter, MaxDocCharsToAnalyze = 200_000 };
        try
        {
            using var tokens = analyzer.GetTokenStream(field, text);
            var best = highlighter.GetBestFragments(tokens, text, fragments, " … ");
            return best.Contains("<mark>", StringComparison.Ordinal) ? best : null;
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }

    private static string Start(string text)
    {
        if (text.Length <= FragmentChars * 2)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', FragmentChars * 2);
        return text[..(cut > 0 ? cut : FragmentChars * 2)] + " …";
    }
}
