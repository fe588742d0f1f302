namespace Pipeline.Core.Articles;

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

    /// <summary>
    /// The record's text that is not in <see cref="Paragraphs"/>, each with the name of the rule or extraction step that
    /// removed it, in the record's order (cleaning's own removals last). Not the text that became the title, summary or byline.
    /// </summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];
}
