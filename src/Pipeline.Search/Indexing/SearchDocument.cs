namespace Pipeline.Search.Indexing;

/// <summary>What the index keeps of one normalized document; <see cref="ETag"/> is the version of the blob it was read from.</summary>
public sealed record SearchDocument(
    string Id,
    string ETag,
    string? Title,
    IReadOnlyList<string> Summary,
    string Body,
    IReadOnlyList<string> Authors,
    string? Publisher,
    string? Url,
    string? PublishedAt,
    string? Language);
