using Pipeline.Core.Cleaning;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Lists, in the dump's order, the blocks that did not make it into the body and why: the reason the cleaner recorded,
/// else the extraction step that left the block out. Blocks read as the title, summary or byline are not removed text.
/// </summary>
internal static class DumpRemovals
{
    public const string OutsideRegion = "outside-article-region";

    /// <param name="blocks">Every block of the dump.</param>
    /// <param name="body">The blocks kept as the body.</param>
    /// <param name="reasons">What the cleaner dropped, and why.</param>
    /// <param name="region">Where the article ran among <paramref name="blocks"/>, or null when the whole dump was the candidate.</param>
    /// <param name="header">Title, summary and byline read from the dump.</param>
    public static List<RemovedText> List(
        IReadOnlyList<TextBlock> blocks, List<TextBlock> body, IReadOnlyDictionary<TextBlock, string> reasons, ArticleRegion? region, DumpHeader header)
    {
        // The body is a subsequence of the dump's blocks, in order: one pass over both finds what it left out.
        var removed = new List<RemovedText>(Math.Max(0, blocks.Count - body.Count));
        var next = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (next < body.Count && ReferenceEquals(block, body[next]))
            {
                next++;
                continue;
            }

            if (Removal(block, i, reasons, region, header) is { } removal)
            {
                removed.Add(removal);
            }
        }

        // Every body block met in order: the body was a subsequence. (Were it not, kept blocks would have been listed.)
        return next == body.Count ? removed : ListUnordered(blocks, body, reasons, region, header);
    }

    private static List<RemovedText> ListUnordered(
        IReadOnlyList<TextBlock> blocks, List<TextBlock> body, IReadOnlyDictionary<TextBlock, string> reasons, ArticleRegion? region, DumpHeader header)
    {
        var kept = new HashSet<TextBlock>(body, ReferenceEqualityComparer.Instance);
        var removed = new List<RemovedText>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!kept.Contains(blocks[i]) && Removal(blocks[i], i, reasons, region, header) is { } removal)
            {
                removed.Add(removal);
            }
        }

        return removed;
    }

    private static RemovedText? Removal(TextBlock block, int index, IReadOnlyDictionary<TextBlock, string> reasons, ArticleRegion? region, DumpHeader header) =>
        reasons.TryGetValue(block, out var reason) ? new RemovedText(block.Printed, reason)
        : IsHeader(block.Text, header) ? null
        : new RemovedText(block.Printed, StepThatLeftOut(block, index, region));

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string StepThatLeftOut(TextBlock block, int index, ArticleRegion? region)
    {
        if (region is null || index < region.Start || index > region.End)
        {
            return HasLetterOrDigit(block.Text) ? OutsideRegion : "no-words";
        }

        // Inside the article's run, the region finder drops menu entries, link bullets, section headings and the labels of furniture.
        return SectionHeadingRule.IsSectionHeading(block) ? "section-heading"
            : BlockScorer.IsChrome(block, BlockShape.Of(block.Text)) ? "menu-or-widget"
            : IsFurnitureLabel(block, region) ? "furniture-label"
            : OutsideRegion;
    }

    private static bool IsFurnitureLabel(TextBlock block, ArticleRegion region)
    {
        foreach (var label in region.FurnitureLabels ?? [])
        {
            if (ReferenceEquals(label, block))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeader(string text, DumpHeader header) =>
        text == header.Title || header.Summary.Contains(text)
        || header.Authors.Count > 0 && BylineParser.LooksLikeByline(text) && header.Authors.Any(a => text.Contains(a, StringComparison.Ordinal));
}
