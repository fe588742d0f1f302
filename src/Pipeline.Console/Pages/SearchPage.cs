using System.Globalization;
using System.Text;
using Pipeline.Console.Indexing;
using Pipeline.Search.Querying;
using static Pipeline.Console.Pages.Html;

namespace Pipeline.Console.Pages;

/// <summary>The search form, hits with highlighted title and snippet, and facets that narrow the search.</summary>
internal static class SearchPage
{
    public static IResult Render(SearchRequest request, SearchResults? results, string? error, IndexState index)
    {
        var html = new StringBuilder("<h1>Search</h1><form class=\"search\" method=\"get\" action=\"/search\">");
        html.Append($"<input type=\"text\" name=\"q\" value=\"{E(request.Query)}\" placeholder=\"Lucene syntax: moscow AND coronavirus, &quot;a phrase&quot;, title:virus*\" autofocus>");
        foreach (var (name, value) in Filters(request))
        {
            html.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{E(value)}\">");
        }

        html.Append("<input type=\"submit\" value=\"Search\"></form>");
        html.Append($"<p class=\"meta\">{Number(index.Versions.Count)} documents indexed{(index.Synced ? "" : " (first sync running)")}");
        var active = Filters(request).ToList();
        if (active.Count > 0)
        {
            html.Append(" · filters: ").Append(string.Join(", ", active.Select(f => $"{f.Name} = {E(f.Value)}")))
                .Append($" (<a href=\"/search{Query(("q", request.Query))}\">clear</a>)");
        }

        html.Append("</p>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\">Not a valid query: {E(error)}</p>");
        }

        if (results is not null)
        {
            html.Append($"<p id=\"total\">{Number(results.Total)} found</p>");
            AppendFacets(html, request, results.Facets);
            html.Append("<div id=\"hits\">");
            foreach (var hit in results.Hits)
            {
                var title = hit.HighlightedTitle ?? E(hit.Title ?? "(no title)");
                html.Append($"<div class=\"hit\"><h3><a href=\"/documents/{Uri.EscapeDataString(hit.Id)}\">{title}</a></h3>")
                    .Append($"<div class=\"meta\">{E(hit.Publisher)} {E(hit.PublishedAt)} {E(hit.Language)} · score {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}</div>")
                    .Append($"<p class=\"snippet\">{hit.Snippet}</p></div>");
            }

            html.Append("</div>");
        }

        return Page(string.IsNullOrWhiteSpace(request.Query) ? "Search" : request.Query, html.ToString());
    }

    private static IEnumerable<(string Name, string Value)> Filters(SearchRequest request)
    {
        (string, string?)[] all = [("language", request.Language), ("publisher", request.Publisher), ("from", request.From), ("to", request.To)];
        return all.Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => (f.Item1, f.Item2!));
    }

    private static void AppendFacets(StringBuilder html, SearchRequest request, SearchFacets facets)
    {
        html.Append("<div class=\"facets\">");
        Facet(html, "language", facets.Languages, v => request with { Language = v });
        Facet(html, "publisher", facets.Publishers, v => request with { Publisher = v });
        Facet(html, "month published", facets.Months, v => request with { From = v + "-01", To = v + "-31" });
        html.Append("</div>");
    }

    private static void Facet(StringBuilder html, string title, IReadOnlyList<FacetCount> counts, Func<string, SearchRequest> narrow)
    {
        if (counts.Count == 0)
        {
            return;
        }

        html.Append($"<div><strong>{title}</strong><ul>");
        foreach (var count in counts)
        {
            var r = narrow(count.Value);
            var link = "/search" + Query(("q", r.Query), ("language", r.Language), ("publisher", r.Publisher), ("from", r.From), ("to", r.To));
            html.Append($"<li><a href=\"{E(link)}\">{E(count.Value)}</a> ({Number(count.Count)})</li>");
        }

        html.Append("</ul></div>");
    }
}
