namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Decides, block by block inside the chosen container, what is story: drops furniture nested in it, link lists,
/// the headline repeated as an h1, and stock boilerplate lines ("Advertisement", "Share this article").
/// </summary>
internal static class BlockFilter
{
    private static readonly string[] StockLines =
    [
        "advertisement", "advertising", "sponsored", "share", "share this", "share this article", "share this story",
        "read more", "continue reading", "related", "related articles", "related stories", "sign up", "subscribe",
        "click here", "more", "comments", "print", "email", "tweet", "close", "skip to content", "story continues below",
        "story continues below advertisement", "continue reading below", "scroll to continue", "ad", "loading", "advert",
        "this slideshow requires javascript",
    ];

    private static readonly HashSet<string> StockSet = new(StockLines, StringComparer.OrdinalIgnoreCase);

    /// <param name="block">The block to judge.</param>
    /// <param name="previous">The block before it in the page (judged or not), or null.</param>
    /// <param name="outline">The page.</param>
    /// <param name="container">The element chosen as holding the story.</param>
    /// <param name="metadata">The page's own metadata (headline, description).</param>
    public static bool IsStory(TextBlock block, TextBlock? previous, PageOutline outline, int container, PageMetadata metadata)
    {
        var furniture = outline.FurnitureOf(block);
        if (furniture >= 0 && furniture != container && outline.IsWithin(furniture, container))
        {
            return false;
        }

        // Quotes keep their links: an embedded tweet is mostly links and still part of the story.
        if ((block.IsLinkList && block.Tag != "blockquote" && !InQuote(block, outline)) || block.IsTeaser || block.Text.Length < 2)
        {
            return false;
        }

        if (ByLineDetector.IsMetadataLine(block))
        {
            return false;
        }

        var trimmed = block.Text.Trim().TrimEnd(':', '.', '!', '…').Trim();
        if (StockSet.Contains(trimmed))
        {
            return false;
        }

        // The headline is not body text, nor is a standfirst grouped with it that repeats the page's description.
        // (Elsewhere a description-like block stays: pages often use the story's first paragraph as description.)
        return !IsHeadline(block, metadata)
            && !(previous is not null && IsHeadline(previous, metadata) && outline.Parent[previous.Element] == outline.Parent[block.Element]
                && metadata.Description is { } description && SameWords(block.Text, description));
    }

    private static bool IsHeadline(TextBlock block, PageMetadata metadata) =>
        block.Tag == "h1" && metadata.Title is { } title && SameWords(block.Text, title);

    private static bool InQuote(TextBlock block, PageOutline outline)
    {
        for (var e = block.Element; e >= 0; e = outline.Parent[e])
        {
            if (outline.Tag[e] == "blockquote")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Same words ignoring case and punctuation, or <paramref name="a"/> inside <paramref name="b"/> (a headline inside "Headline | Site").</summary>
    private static bool SameWords(string a, string b) =>
        string.Equals(Words(a), Words(b), StringComparison.Ordinal) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    private static string Words(string text) => string.Join(' ', Normalizing.WordTokenizer.Tokenize(text.ToLowerInvariant()));
}
