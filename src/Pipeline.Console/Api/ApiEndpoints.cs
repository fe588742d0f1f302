using Pipeline.Console.Storage;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;

namespace Pipeline.Console.Api;

/// <summary>The JSON API beside the pages (documented in the README): search, inputs, documents. Read-only.</summary>
internal static class ApiEndpoints
{
    public static void MapConsoleApi(this WebApplication app)
    {
        app.MapGet("/api/search", (string? q, int? top, string? language, string? publisher, string? from, string? to, ArticleIndex index) =>
        {
            try
            {
                var results = index.Search(new SearchRequest(q, top ?? 10, language, publisher, from, to));
                var hits = results.Hits.Select(h => new ApiSearchHit(h.Id, h.Title, h.Snippet, h.Publisher, h.PublishedAt, h.Url, Math.Round(h.Score, 4), h.Language)).ToList();
                return Results.Ok(new ApiSearchResults(results.Total, hits, results.Facets));
            }
            catch (InvalidQueryException e)
            {
                return Results.BadRequest(new { error = "invalid query", detail = e.Message });
            }
        });

        app.MapGet("/api/inputs", async (InputCatalog inputs, CancellationToken ct) => Results.Ok(await inputs.ListAsync(ct)));

        app.MapGet("/api/inputs/{**name}", async (string name, InputCatalog inputs, CancellationToken ct) =>
            await inputs.DetailsAsync(name, ct) is { } input ? Results.Ok(input) : Results.NotFound(new { error = "no such input" }));

        app.MapGet("/api/documents/{id}", async (string id, DocumentStore documents, CancellationToken ct) =>
            await documents.GetAsync(id, ct) is { } document
                ? Results.Bytes(document.Content.ToArray(), "application/json; charset=utf-8")
                : Results.NotFound(new { error = "no such document" }));
    }
}
