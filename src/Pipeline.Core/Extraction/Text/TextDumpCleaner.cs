using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Drops the boilerplate blocks found inside dumped articles: counters and icons, copyright lines, promo pitches,
/// credits, contacts and disclaimers, photo captions (by their credit, or because a caption is printed twice in a row
/// or says the same thing twice in one block)
/// and every later copy of a dropped block, and inline related-story headlines.
/// </summary>
public static class TextDumpCleaner
{
    private const int MaxCaptionWords = 60;

    public static List<TextBlock> Clean(IReadOnlyList<TextBlock> blocks)
    {
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            if (dropped.Contains(text))
            {
                continue;
            }

            if (ParagraphRules.FirstMatch(text) is not null || IsDoubled(blocks, i) || DoubledText.Is(text))
            {
                dropped.Add(text);
                continue;
            }

            kept.Add(block);
        }

        return DropRelatedHeadlines(kept);
    }

    /// <summary>A short block printed twice in a row is an image's alt text and caption.</summary>
    private static bool IsDoubled(IReadOnlyList<TextBlock> blocks, int i) =>
        i + 1 < blocks.Count && blocks[i + 1].Text == blocks[i].Text && blocks[i].Text.Split(' ').Length <= MaxCaptionWords;

    private static List<TextBlock> DropRelatedHeadlines(List<TextBlock> blocks)
    {
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var previous = i > 0 ? blocks[i - 1] : null;
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (!RelatedHeadlineRule.IsRelatedHeadline(blocks[i], previous, next))
            {
                kept.Add(blocks[i]);
            }
        }

        return kept;
    }
}
