using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// What a story's last sentence announces with a colon ("here is the snippet:", "sign the petition:") is the story's:
/// a code block, a link, a formula, a title. Text browsers print it as short lines that do not read as prose, so the
/// densest run of prose stops at the colon. The announced piece is the block after it and the lines printed under it
/// without a blank line between (a code block's lines), up to the first that reads as a sentence of its own or as
/// page furniture.
/// </summary>
internal static class AnnouncedUnit
{
    /// <summary>The last block of the article from <paramref name="end"/>, over what its colon announces.</summary>
    public static int Extend(IReadOnlyList<TextBlock> blocks, BlockScores scores, int end)
    {
        if (!Announces(blocks[end]))
        {
            return end;
        }

        var last = end;
        for (var i = end + 1; i < blocks.Count && IsPiece(blocks[i], scores, i); i++)
        {
            if (i > end + 1 && (blocks[i].BlankBefore || scores.Score[i] > 0))
            {
                break;
            }

            last = i;
        }

        return last;
    }

    private static bool Announces(TextBlock block) =>
        !block.IsListItem && block.Text.Length > 0 && block.Text[^1] is ':' or '：' && BlockShape.Of(block.Text).Words >= BlockScorer.ShortWords;

    private static bool IsPiece(TextBlock block, BlockScores scores, int i) =>
        !double.IsNegativeInfinity(scores.Score[i])
        && !scores.Boilerplate[i]
        && !block.IsListItem
        && !BlockScorer.IsChrome(block, BlockShape.Of(block.Text))
        && !SectionHeadingRule.IsSectionHeading(block);
}
