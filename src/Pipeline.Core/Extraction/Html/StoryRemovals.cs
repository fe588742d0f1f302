using Pipeline.Core.Cleaning;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Lists, in page order, the blocks of a page left out of its story and why: the reason <see cref="BlockFilter"/> gave a
/// block of the story's container, <see cref="OutsideRegion"/> for the rest of the page. The blocks that became the
/// title, summary or byline are not removed text.
/// </summary>
internal static class StoryRemovals
{
    public const string OutsideRegion = "outside-article-region";

    /// <param name="outline">The page.</param>
    /// <param name="container">The element chosen as holding the story.</param>
    /// <param name="metadata">The page's metadata (title, description, authors).</param>
    /// <param name="leads">Blocks before the container kept as the lead.</param>
    /// <param name="reasons">Per block inside the container, in page order: null when kept, else why not.</param>
    /// <param name="removed">Where the removed blocks go.</param>
    public static void Add(PageOutline outline, int container, PageMetadata metadata, List<int> leads, List<string?> reasons, List<RemovedText> removed)
    {
        var page = new PageKeys(metadata);
        var inside = 0;
        for (var i = 0; i < outline.Blocks.Count; i++)
        {
            var block = outline.Blocks[i];
            var reason = outline.IsWithin(block.Element, container) ? reasons[inside++] : leads.Contains(i) ? null : OutsideRegion;
            if (reason is not null && reason != BlockFilter.Headline && !page.IsMetadata(block))
            {
                removed.Add(new RemovedText(block.Text, reason));
            }
        }
    }

    /// <summary>When the story came from elsewhere (a fallback), every block whose text is not in it.</summary>
    public static void AddAllBut(PageOutline outline, PageMetadata metadata, List<string> paragraphs, List<RemovedText> removed)
    {
        var page = new PageKeys(metadata);
        var kept = new HashSet<string>(paragraphs, StringComparer.Ordinal);
        foreach (var block in outline.Blocks)
        {
            if (!kept.Contains(block.Text) && !page.IsMetadata(block))
            {
                removed.Add(new RemovedText(block.Text, OutsideRegion));
            }
        }
    }

    /// <summary>The page's title and description as <see cref="TextKey"/>s, computed once a page.</summary>
    private sealed class PageKeys(PageMetadata metadata)
    {
        /// <summary>Title and description run to a few dozen words; longer blocks are never either.</summary>
        private const int MaxWords = 100;

        private const int MaxBylineWords = 12;

        private readonly string? title = metadata.Title is { } t ? TextKey.Of(t) : null;
        private readonly string? description = metadata.Description is { } d ? TextKey.Of(d) : null;

        /// <summary>The headline, the description, or a short line naming the author: the page's metadata, not removed text.</summary>
        public bool IsMetadata(TextBlock block)
        {
            if (block.Words <= MaxBylineWords && NamesAnAuthor(block.Text)
                || block.Tag == "h1" && metadata.Title is { } headline && headline.Contains(block.Text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // A block can only have a title's or description's words if its length is near theirs: most blocks of a
            // page are not keyed at all (a page of 250,000 links stays fast).
            if (block.Words > MaxWords || !(NearInLength(block.Text, metadata.Title) || NearInLength(block.Text, metadata.Description)))
            {
                return false;
            }

            var key = TextKey.Of(block.Text);
            return key == title || key == description;
        }

        // A loop, not LINQ: this runs for every block of the page outside the story, which can be hundreds of thousands.
        private bool NamesAnAuthor(string text)
        {
            var authors = metadata.Authors;
            for (var i = 0; i < authors.Count; i++)
            {
                if (authors[i].Length > 0 && text.Contains(authors[i], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool NearInLength(string text, string? other) => other is not null && text.Length <= 2 * other.Length + 8 && other.Length <= 2 * text.Length + 8;
}
