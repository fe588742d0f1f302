using Pipeline.Core.Cleaning;

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
        var kept = new HashSet<TextBlock>(body, ReferenceEqualityComparer.Instance);
        var removed = new List<RemovedText>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (kept.Contains(block))
            {
                continue;
            }

            if (reasons.TryGetValue(block, out var reason))
            {
                removed.Add(new RemovedText(block.Printed, reason));
            }
            else if (!IsHeader(block.Text, header))
            {
                removed.Add(new RemovedText(block.Printed, StepThatLeftOut(block, i, region)));
            }
        }

        return removed;
    }

    private static string StepThatLeftOut(TextBlock block, int index, ArticleRegion? region)
    {
        if (region is null || index < region.Start || index > region.End)
        {
            return block.Text.Any(char.IsLetterOrDigit) ? OutsideRegion : "no-words";
        }

        // Inside the article's run, the region finder drops menu entries, link bullets and section headings.
        return SectionHeadingRule.IsSectionHeading(block) ? "section-heading" : BlockScorer.IsChrome(block, BlockShape.Of(block.Text)) ? "menu-or-widget" : OutsideRegion;
    }

    private static bool IsHeader(string text, DumpHeader header) =>
        text == header.Title || header.Summary.Contains(text)
        || header.Authors.Count > 0 && BylineParser.LooksLikeByline(text) && header.Authors.Any(a => text.Contains(a, StringComparison.Ordinal));
}
