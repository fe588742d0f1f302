namespace Pipeline.Core.Extraction.Text;

/// <summary>What the top of a reader-app dump says about the article, and where its body starts.</summary>
public sealed record DumpHeader(
    string? Title,
    string? Publisher,
    string? PublishedAt,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Summary,
    int BodyStartLine);
