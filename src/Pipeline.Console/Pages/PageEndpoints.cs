using System.Text.Json;
using Pipeline.Console.Indexing;
using Pipeline.Console.Storage;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;

namespace Pipeline.Console.Pages;

/// <summary>The HTML pages: overview, input, document, search.</summary>
internal static class PageEndpoints
{
    public static void MapConsolePages(this WebApplication app)
    {
        app.MapGet("/console.css", () => Results.Text(Stylesheet.Css, "text/css; charset=utf-8"));

        app.MapGet("/", async (InputCatalog inputs, IndexState index, CancellationToken ct) =>
            OverviewPage.Render(await inputs.ListAsync(ct), index));

        app.MapGet("/inputs/{**name}", async (string name, InputCatalog inputs, CancellationToken ct) =>
            await inputs.DetailsAsync(name, ct) is { } input ? InputPage.Render(input) : NotFound($"No input '{name}'."));

        app.MapGet("/documents/{id}", async (string id, DocumentStore documents, RawRecordReader raw, Documents.RemovalExplainer explainer, CancellationToken ct) =>
        {
            if (await documents.GetAsync(id, ct) is not { } stored)
            {
                return NotFound($"No document '{id}' in the documents container (a duplicate, withdrawn, or never written).");
            }

            using var json = JsonDocument.Parse(stored.Content.ToMemory());
            var origin = json.RootElement.TryGetProperty("origin", out var o) ? o : default;
            var rawRecord = origin.ValueKind == JsonValueKind.Object && origin.TryGetProperty("blob", out var blob) && origin.TryGetProperty("record", out var record)
                ? await raw.ReadAsync(blob.GetString() ?? "", record.GetString() ?? "", ct)
                : (null, "The document names no origin.");
            var duplicates = (await documents.DuplicatesAsync(id, 100, ct)).Select(d => JsonDocument.Parse(d.ToMemory()).RootElement).ToList();
            return DocumentPage.Render(json.RootElement, rawRecord, duplicates, explainer);
        });

        app.MapGet("/search", (string? q, string? language, string? publisher, string? from, string? to, int? top, ArticleIndex index, IndexState state) =>
        {
            var request = new SearchRequest(q, top ?? 20, language, publisher, from, to);
            if (string.IsNullOrWhiteSpace(q) && request.Language is null && request.Publisher is null && request.From is null && request.To is null)
            {
                return SearchPage.Render(request, null, null, state);
            }

            try
            {
                return SearchPage.Render(request, index.Search(request), null, state);
            }
            catch (InvalidQueryException e)
            {
                return SearchPage.Render(request, null, e.Message, state);
            }
        });
    }

    private static IResult NotFound(string message) => Html.Page("Not found", $"<h1>Not found</h1><p>{Html.E(message)}</p>", status: 404);
}
