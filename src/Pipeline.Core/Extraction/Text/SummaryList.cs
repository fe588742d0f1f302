namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// The points a story is summed up in, printed as a short bulleted list between its headline and its first paragraph.
/// Each point reads as a statement; a menu's items are labels of a word or two, a ranked list of headlines is
/// numbered, a teaser list's items are cut off ("..", "…") and a fact box's are "label: value" lines.
/// </summary>
internal static class SummaryList
{
    private const int MinItems = 2;
    private const int MaxItems = 6;
    private const int MinStatementWords = 5;

    /// <summary>
    /// The range of a list of two to six statements standing above <paramref name="start"/>, with only page furniture
    /// (a photo, a credit, an advert label) between it and the story, no section heading, and no list going on above
    /// it; an empty range when there is none.
    /// </summary>
    public static (int Start, int End) Before(IReadOnlyList<TextBlock> blocks, BlockScores scores, int start, int lookback)
    {
        var none = (0, -1);
        var i = start - 1;
        while (i >= 0 && i >= start - lookback && !IsStatement(blocks[i], scores, i))
        {
            if (scores.Score[i] <= -BlockScorer.SectionPenalty || scores.Score[i] > 0 || SectionHeadingRule.IsSectionHeading(blocks[i]))
            {
                return none;
            }

            i--;
        }

        if (i < 0 || i < start - lookback)
        {
            return none;
        }

        var last = i;
        while (i >= 0 && IsStatement(blocks[i], scores, i))
        {
            i--;
        }

        var count = last - i;
        return count is >= MinItems and <= MaxItems && (i < 0 || !blocks[i].IsListItem) ? (i + 1, last) : none;
    }

    private static bool IsStatement(TextBlock block, BlockScores scores, int i) =>
        block is { IsListItem: true, Number: null } && !scores.Repeated[i] && !scores.Boilerplate[i]
        && BlockShape.Of(block.Text).Words >= MinStatementWords
        && !block.Text.EndsWith("..", StringComparison.Ordinal) && !block.Text.EndsWith('…') && !block.Text.Contains(':');
}
