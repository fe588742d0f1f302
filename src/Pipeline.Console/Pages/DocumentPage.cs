using System.Globalization;
using System.Text;
using System.Text.Json;
using static Pipeline.Console.Pages.Html;

namespace Pipeline.Console.Pages;

/// <summary>A document beside the raw record it came from, with its duplicates and their similarity.</summary>
internal static class DocumentPage
{
    public static IResult Render(JsonElement document, (string? Text, string? Note) raw, IReadOnlyList<JsonElement> duplicates, Documents.RemovalExplainer explainer)
    {
        var origin = document.TryGetProperty("origin", out var o) ? o : default;
        var blob = Text(origin, "blob");
        var html = new StringBuilder($"<h1 id=\"title\">{E(Text(document, "title") ?? "(no title)")}</h1>");
        html.Append("<dl class=\"fields\">");
        Field(html, "id", E(Text(document, "id")));
        Field(html, "publisher", E(Text(document, "publisher")));
        Field(html, "published", E(Text(document, "publishedAt")));
        Field(html, "authors", E(string.Join(", ", Strings(document, "authors"))));
        Field(html, "language", E(Text(document, "language")));
        Field(html, "words", document.TryGetProperty("wordCount", out var words) ? E(words.ToString()) : "");
        var url = Text(document, "url");
        Field(html, "url", SafeLink(url) is { } link ? $"<a href=\"{E(link)}\" rel=\"noreferrer noopener\">{E(url)}</a>" : E(url));
        Field(html, "from", blob is null ? "" : $"<a href=\"/inputs/{PathPart(blob)}\">{E(blob)}</a>, record {E(Text(origin, "record"))} ({E(Text(origin, "format"))})");
        Field(html, "json", $"<a href=\"/api/documents/{Uri.EscapeDataString(Text(document, "id") ?? "")}\">/api/documents/{E(Text(document, "id"))}</a>");
        html.Append("</dl>");

        html.Append("<p class=\"note\">For a text record, the raw lines whose words are not in the clean document are struck through, each " +
                    "followed by the rule or extraction step that removed it, as <code>pipeline explain</code> names it (the record extracted again " +
                    "with the pipeline's own stages). A struck line with no name is missing by the console's comparison of the two texts only.</p>");

        html.Append("<div class=\"columns\"><section><h2>Clean document</h2><div class=\"doc\" id=\"body\">");
        foreach (var line in Strings(document, "summary"))
        {
            html.Append($"<p><em>{E(line)}</em></p>");
        }

        foreach (var paragraph in (Text(document, "body") ?? "").Split("\n\n"))
        {
            html.Append($"<p>{E(paragraph)}</p>");
        }

        html.Append("</div></section><section><h2>Raw record</h2>");
        html.Append(raw.Text is { } text
            ? RawRecord(text, Text(origin, "format") == "text" ? DocumentText(document) : null, Text(origin, "format") == "text" ? explainer.Removed(text, "text") : [])
            : $"<p class=\"note\">{E(raw.Note)}</p>");
        html.Append("</section></div>");

        html.Append("<h2>Duplicates</h2>");
        if (duplicates.Count == 0)
        {
            html.Append("<p class=\"meta\">No duplicate of this article has been seen.</p>");
        }
        else
        {
            html.Append("<table id=\"duplicates\"><thead><tr><th>input</th><th>record</th><th class=\"n\">similarity</th><th>url</th><th>published</th></tr></thead><tbody>");
            foreach (var duplicate in duplicates)
            {
                var from = duplicate.TryGetProperty("origin", out var d) ? d : default;
                var similarity = duplicate.TryGetProperty("dedup", out var dedup) && dedup.TryGetProperty("similarity", out var sim) && sim.ValueKind == JsonValueKind.Number
                    ? sim.GetDouble().ToString("0.00", CultureInfo.InvariantCulture) : "";
                var input = Text(from, "blob");
                html.Append($"<tr><td>{(input is null ? "" : $"<a href=\"/inputs/{PathPart(input)}\">{E(input)}</a>")}</td><td>{E(Text(from, "record"))}</td>")
                    .Append($"<td class=\"n\">{similarity}</td><td>{E(Text(duplicate, "url"))}</td><td>{E(Text(duplicate, "publishedAt"))}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return Page(Text(document, "title") ?? "Document", html.ToString());
    }

    /// <summary>The raw record; for a text record, its lines not in the clean document struck through.</summary>
    private static string RawRecord(string raw, string? documentText, IReadOnlyList<Core.Articles.RemovedText> removed)
    {
        if (documentText is null)
        {
            return $"<pre class=\"raw\" id=\"raw\">{E(raw)}</pre>";
        }

        var lines = Documents.RawLineComparison.Compare(raw, documentText)
            .Select(l => l.Kept ? E(l.Line) : Struck(l.Line, Documents.RemovalExplainer.ReasonFor(l.Line, removed)));
        return $"<pre class=\"raw\" id=\"raw\">{string.Join('\n', lines)}</pre>";
    }

    private static string Struck(string line, string? reason) => reason is null
        ? $"<del title=\"not in the clean document\">{E(line)}</del>"
        : $"<del title=\"removed: {E(reason)}\">{E(line)}</del> <small class=\"rule\">[{E(reason)}]</small>";

    private static string DocumentText(JsonElement document) => string.Join(
        '\n',
        new[] { Text(document, "title"), Text(document, "publisher"), Text(document, "body") }
            .Concat(Strings(document, "summary")).Concat(Strings(document, "authors")).OfType<string>());

    private static void Field(StringBuilder html, string name, string valueHtml) => html.Append($"<dt>{name}</dt><dd>{valueHtml}</dd>");

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];
}
