namespace Pipeline.Core.Extraction;

/// <summary>What an extractor found in one record, before normalization.</summary>
public sealed record ExtractedArticle
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Summary { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    /// <summary>ISO 8601: with an offset only where the source states or implies one.</summary>
    public string? PublishedAt { get; init; }
    /// <summary>ISO 639-1 where the source declares it (e.g. html lang).</summary>
    public string? Language { get; init; }
}
