namespace Pipeline.Core.Extraction.Html;

/// <summary>What a page says about itself (structured data and meta tags), before any guessing from the layout.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? PublishedAt { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public string? Description { get; init; }
    /// <summary>JSON-LD articleBody: used only as a hint for where the article sits in the DOM.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>
    /// Tidies text fields: decodes entities that pages double-encode ("&amp;#8216;" in JSON-LD), drops a "By " in front
    /// of author names and repeated names.
    /// </summary>
    public PageMetadata Tidy() => this with
    {
        Title = Decode(Title),
        Authors = Authors.Select(a => Decode(a)!).Select(a => a.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? a[3..].Trim() : a)
            .Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Publisher = Decode(Publisher),
        Description = Decode(Description),
    };

    private static string? Decode(string? text) => text is not null && text.Contains('&') ? System.Net.WebUtility.HtmlDecode(text).Trim() : text?.Trim();

    /// <summary>Fills what this one lacks from a less trusted source.</summary>
    public PageMetadata Or(PageMetadata fallback) => new()
    {
        Title = Title ?? fallback.Title,
        Authors = Authors.Count > 0 ? Authors : fallback.Authors,
        PublishedAt = PublishedAt ?? fallback.PublishedAt,
        Publisher = Publisher ?? fallback.Publisher,
        Url = Url ?? fallback.Url,
        Language = Language ?? fallback.Language,
        Description = Description ?? fallback.Description,
        ArticleBody = ArticleBody ?? fallback.ArticleBody,
    };
}
