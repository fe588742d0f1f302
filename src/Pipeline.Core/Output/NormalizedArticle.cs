namespace Pipeline.Core.Output;

/// <summary>One document of output contract v1 (see schemas/article.v1.schema.json).</summary>
public sealed record NormalizedArticle
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string Id { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Summary { get; init; } = [];
    public required string Body { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? PublishedAt { get; init; }
    public string? Language { get; init; }
    public int WordCount { get; init; }
    public required string ContentHash { get; init; }
    public required RecordOrigin Origin { get; init; }
    public DedupInfo Dedup { get; init; } = DedupInfo.Unique;
}
