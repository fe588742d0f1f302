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
