using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// A short line inside the article's run that belongs to the page furniture beside it: the heading of a teaser list
/// ("Mehr Klimaschutz", "Zurück zur Übersicht"), the label of a share bar ("Teilen mit:"), a promo's headline. A text
/// browser prints it like a subheading, but a subheading introduces the story's prose; this line stands between a
/// piece of furniture the run leaves out and more short lines, with no prose on either side.
/// </summary>
internal static class FurnitureLabel
{
    /// <param name="keep">Which blocks of the run from <paramref name="start"/> on the run keeps before labels are judged.</param>
    public static bool Is(IReadOnlyList<TextBlock> blocks, BlockScores scores, bool[] keep, int start, int i)
    {
        if (blocks[i].IsListItem || scores.Score[i] >= 0)
        {
            return false;
        }

        return IsLeftOutFurniture(blocks, scores, keep, start, i - 1) && IsShort(scores, i + 1)
            || IsLeftOutFurniture(blocks, scores, keep, start, i + 1) && IsShort(scores, i - 1);
    }

    private static bool IsShort(BlockScores scores, int j) => j >= 0 && j < scores.Score.Length && scores.Score[j] <= 0;

    /// <summary>
    /// A block with words that the run leaves out (a link-like list item) or that a boilerplate rule drops; a photo's
    /// caption and a bare count ("Meal 2") stand among a story's own subheadings.
    /// </summary>
    private static bool IsLeftOutFurniture(IReadOnlyList<TextBlock> blocks, BlockScores scores, bool[] keep, int start, int j)
    {
        if (j < 0 || j >= blocks.Count || scores.Score[j] > -BlockScorer.ChromePenalty || BlockShape.Of(blocks[j].Text).Words == 0)
        {
            return false;
        }

        var inRun = j >= start && j - start < keep.Length;
        return !inRun || !keep[j - start] || ParagraphRules.FirstMatch(blocks[j].Text) is { Name: not ("photo-caption" or "counter-line") };
    }
}
