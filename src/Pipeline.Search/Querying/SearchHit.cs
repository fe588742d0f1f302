namespace Pipeline.Search.Querying;

/// <summary>
/// One document found. <see cref="Snippet"/> and <see cref="HighlightedTitle"/> are HTML: the document's text
/// HTML-encoded, with the matched terms in <c>&lt;mark&gt;</c>.
/// </summary>
public sealed record SearchHit(
    string Id,
    string? Title,
    string? HighlightedTitle,
    string Snippet,
    string? Publisher,
    string? PublishedAt,
    string? Url,
    string? Language,
    float Score);
