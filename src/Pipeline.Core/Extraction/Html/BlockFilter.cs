using Pipeline.Core.Cleaning;
using Pipeline.Core.Extraction.Text;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Decides, block by block inside the chosen container, what is story: drops furniture nested in it, link lists,
/// teasers, the headline and its standfirst, captions, bylines, credits, promos and stock lines ("Advertisement").
/// </summary>
internal static class BlockFilter
{
    private const int ShortLine = 8;

    /// <summary>The reason given to the headline: it became the title, so it is not listed as removed.</summary>
    public const string Headline = "headline";

    /// <summary>A closing section holds less than a third of the words that come before it.</summary>
    private const int ClosingShare = 3;

    /// <summary>
    /// The story's paragraphs: the container's blocks that pass <see cref="NotStoryReason"/>, minus headings left without
    /// text and datelines outside the story's run of paragraphs.
    /// </summary>
    /// <param name="outline">The page.</param>
    /// <param name="container">The element chosen as holding the story.</param>
    /// <param name="metadata">The page's own metadata.</param>
    /// <param name="removed">Where each block of the page left out of the story is recorded with the step or rule that left it out, if given.</param>
    public static List<string> SelectStory(PageOutline outline, int container, PageMetadata metadata, List<RemovedText>? removed = null)
    {
        var judged = new List<(TextBlock Block, bool Kept)>();
        var reasons = new List<string?>();
        TextBlock? previous = null;
        var titleKey = metadata.Title is { } title ? TextKey.Of(title) : null; // Once a page, not once a block.
        foreach (var block in outline.Blocks)
        {
            if (outline.IsWithin(block.Element, container))
            {
                var reason = NotStoryReason(block, previous, outline, container, metadata, titleKey);
                judged.Add((block, reason is null));
                reasons.Add(reason);
            }

            previous = block;
        }

        // Datelines above or below the story are its metadata; between its paragraphs they are live-blog entries.
        var firstProse = judged.FindIndex(j => j.Kept && j.Block.Words >= 15);
        var lastProse = judged.FindLastIndex(j => j.Kept && j.Block.Words >= 15);
        var leads = LeadParagraphs.Find(outline, container, metadata);
        var paragraphs = leads.Select(i => outline.Blocks[i].Text).ToList();
        var tail = TailLabel(judged, lastProse);
        var closing = ClosingSection(judged);
        for (var i = 0; i < judged.Count && i < closing; i++)
        {
            var (block, kept) = judged[i];
            if (!kept)
            {
                continue;
            }

            reasons[i] = block.IsHeading && IntroducesNothing(judged, i) ? "heading-without-text"
                : DatelineDetector.IsDateLine(block) && (i < firstProse || i > lastProse) ? "dateline"
                : i > lastProse && i >= tail ? "after-story-section"
                : i > lastProse && IsPrompt(block) ? "closing-prompt"
                : null;
            if (reasons[i] is null)
            {
                paragraphs.Add(block.Text);
            }
        }

        for (var i = closing; i < judged.Count; i++)
        {
            reasons[i] ??= "closing-section";
        }

        if (removed is not null)
        {
            StoryRemovals.Add(outline, container, metadata, leads, reasons, removed);
        }

        return paragraphs;
    }

    /// <summary>
    /// Where the boxes after the story start: the first heading after its last paragraph ("About the author", "Further
    /// information", "Contact"). What follows it there (addresses, links, a bio) belongs to the box, not the story.
    /// <c>int.MaxValue</c> when there is none. (A label ending in a colon was tried as well and cut real endings on the
    /// other fold.)
    /// </summary>
    private static int TailLabel(List<(TextBlock Block, bool Kept)> judged, int lastProse)
    {
        for (var i = Math.Max(0, lastProse + 1); lastProse >= 0 && i < judged.Count; i++)
        {
            var block = judged[i].Block;
            // A heading, or a line that names what follows as related, most-read, comments or contact ("Lesen Sie auch:",
            // "Weitere Informationen", "About the author"), whatever tag the page gave it.
            if (judged[i].Kept && (block.IsHeading || SectionHeadingRule.IsAfterArticleHeading(block.Text) || SectionHeadingRule.IsCommentsHeading(block.Text)))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// Where a closing section starts inside the story's container: a line naming a section that follows stories
    /// (about the author, related, further information, contact) with far less text after it than before it, so it
    /// closes the story rather than heading one of its parts. <c>int.MaxValue</c> when there is none.
    /// </summary>
    private static int ClosingSection(List<(TextBlock Block, bool Kept)> judged)
    {
        var total = judged.Where(j => j.Kept).Sum(j => j.Block.Words);
        var before = 0;
        for (var i = 0; i < judged.Count; i++)
        {
            var (block, kept) = judged[i];
            if (kept && block.Words <= ShortLine && (SectionHeadingRule.IsAfterArticleHeading(block.Text) || SectionHeadingRule.IsCommentsHeading(block.Text))
                && total - before - block.Words < before / ClosingShare)
            {
                return i;
            }

            before += kept ? block.Words : 0;
        }

        return int.MaxValue;
    }

    /// <summary>A short question after the story: a feedback or share prompt ("Was this article helpful?").</summary>
    private static bool IsPrompt(TextBlock block) => block.Words <= ShortLine && block.Text.TrimEnd().EndsWith('?');

    /// <summary>
    /// A heading whose next substantial block was dropped (or that ends the container) titled furniture:
    /// "Must read" over a list of links, "Related" over teasers.
    /// </summary>
    private static bool IntroducesNothing(List<(TextBlock Block, bool Kept)> judged, int heading)
    {
        for (var i = heading + 1; i < judged.Count; i++)
        {
            if (judged[i].Block.IsHeading && judged[i].Kept)
            {
                return false; // A section that starts with a sub-heading.
            }

            if (judged[i].Block.Words >= 5)
            {
                return !judged[i].Kept;
            }
        }

        return true;
    }

    /// <param name="block">The block to judge.</param>
    /// <param name="previous">The block before it in the page (judged or not), or null.</param>
    /// <param name="outline">The page.</param>
    /// <param name="container">The element chosen as holding the story.</param>
    /// <param name="metadata">The page's own metadata (headline, description).</param>
    /// <param name="titleKey">The title's <see cref="TextKey"/>, if the page has a title.</param>
    /// <returns>Null for story text, else the name of what the block is ("link-list", "byline", <see cref="Headline"/>...).</returns>
    private static string? NotStoryReason(TextBlock block, TextBlock? previous, PageOutline outline, int container, PageMetadata metadata, string? titleKey)
    {
        var furniture = outline.FurnitureOf(block);
        if (furniture >= 0 && furniture != container && outline.IsWithin(furniture, container))
        {
            return "page-furniture";
        }

        // Quotes keep their links: an embedded tweet is mostly links and still part of the story.
        if (block.IsLinkList && block.Tag != "blockquote" && !InQuote(block, outline))
        {
            return "link-list";
        }

        if (block.IsTeaser || block.Text.Length < 2)
        {
            return block.IsTeaser ? "teaser" : "no-words";
        }

        // Bylines, credits, promos, captions set as plain paragraphs (credited, outside <figure>), disclosure notices and
        // widget labels are told by their text, with the same rules as dumps and JSON text.
        if (ParagraphRules.FirstMatchInPage(block.Text) is { } rule)
        {
            return rule.Name;
        }

        string? key = null; // The block's TextKey, made at most once (lower-casing and word-splitting a paragraph).
        if (block.Words >= 3 && outline.ImageDescriptions.Count > 0 && outline.ImageDescriptions.Contains(key = TextKey.Of(block.Text)))
        {
            return "image-description"; // A caption: the picture's own description repeated under it.
        }

        // The headline is not body text. A standfirst is, even when the page also gives it as its description.
        return IsHeadline(block, metadata, titleKey, key) ? Headline : null;
    }

    /// <summary>An h1 naming the page's title (perhaps a shorter form of it), or any short block repeating it word for word.</summary>
    private static bool IsHeadline(TextBlock block, PageMetadata metadata, string? titleKey, string? blockKey) =>
        metadata.Title is { } title
        && (block.Tag == "h1" ? SameWords(block.Text, blockKey, title, titleKey!) : block.Words <= 30 && string.Equals(blockKey ?? TextKey.Of(block.Text), titleKey, StringComparison.Ordinal));

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

    /// <summary>
    /// Same words ignoring case and punctuation, or <paramref name="a"/> inside <paramref name="b"/> (a headline inside
    /// "Headline | Site"). <paramref name="aKey"/> is <paramref name="a"/>'s <see cref="TextKey"/> if already made.
    /// </summary>
    private static bool SameWords(string a, string? aKey, string b, string bKey) =>
        string.Equals(aKey ?? TextKey.Of(a), bKey, StringComparison.Ordinal) || b.Contains(a, StringComparison.OrdinalIgnoreCase);
}
