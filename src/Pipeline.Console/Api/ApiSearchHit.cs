namespace Pipeline.Console.Api;

/// <summary>A hit as <c>GET /api/search</c> returns it; <see cref="Snippet"/> is HTML (the text encoded, matches in <c>&lt;mark&gt;</c>).</summary>
public sealed record ApiSearchHit(string Id, string? Title, string Snippet, string? Publisher, string? PublishedAt, string? Url, double Score, string? Language);
