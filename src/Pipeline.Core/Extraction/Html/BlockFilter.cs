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

    public static bool IsStory(TextBlock block, PageOutline outline, int container, string? title)
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

        return !(block.Tag == "h1" && title is not null && SameWords(block.Text, title));
    }

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

    private static bool SameWords(string a, string b) =>
        string.Equals(Normalizing.WordTokenizer.Tokenize(a).Aggregate("", (s, w) => s + w.ToLowerInvariant() + " "),
            Normalizing.WordTokenizer.Tokenize(b).Aggregate("", (s, w) => s + w.ToLowerInvariant() + " "), StringComparison.Ordinal)
        || b.Contains(a, StringComparison.OrdinalIgnoreCase);
}
