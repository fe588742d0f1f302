namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Finds the article in a page dump the way jusText and boilerpipe do for HTML: each block scores by how much it
/// reads like prose (long, punctuated) or like page chrome (menu items, link bullets, form widgets), and the article
/// is the contiguous run of blocks with the highest total. Link-like list items inside that run are dropped.
/// </summary>
public static class ArticleRegionFinder
{
    private const int ProseWords = 12;
    private const int ShortWords = 5;
    private const double ChromePenalty = 6;
    private const double ShortPenalty = 2;
    private const double SectionPenalty = 30;
    private const double CommentsDiscount = 0.3;

    public static List<TextBlock> Find(IReadOnlyList<TextBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return [];
        }

        var scores = new double[blocks.Count];
        var afterComments = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (SectionHeadingRule.IsCommentsHeading(text))
            {
                afterComments = true;
                scores[i] = -SectionPenalty;
                continue;
            }

            // Readers' comments can outweigh a short article: prose after a comments heading counts for less.
            var score = SectionHeadingRule.IsAfterArticleHeading(text) ? -SectionPenalty : Score(blocks[i]);
            scores[i] = afterComments && score > 0 ? score * CommentsDiscount : score;
        }

        var (start, end) = MaxSumRun(scores);
        var kept = new List<TextBlock>(end - start + 1);
        for (var i = start; i <= end; i++)
        {
            if (!IsChrome(blocks[i]))
            {
                kept.Add(blocks[i]);
            }
        }

        return kept;
    }

    private static double Score(TextBlock block)
    {
        var shape = BlockShape.Of(block.Text);
        if (IsChrome(block))
        {
            return -ChromePenalty;
        }

        if (shape.Words >= ProseWords && (shape.EndsSentence || shape.SentenceMarks >= 2))
        {
            return block.IsListItem ? shape.Words / 2.0 : shape.Words;
        }

        if (shape.Words >= ShortWords && shape.EndsSentence)
        {
            return shape.Words / 2.0;
        }

        return -ShortPenalty;
    }

    /// <summary>Menu entries and link bullets: short list items that are not sentences; widgets without words.</summary>
    private static bool IsChrome(TextBlock block)
    {
        var shape = BlockShape.Of(block.Text);
        return shape.Words == 0 || block.IsListItem && shape.Words < ProseWords && !shape.EndsSentence;
    }

    /// <summary>Kadane's maximum-sum contiguous run.</summary>
    private static (int Start, int End) MaxSumRun(double[] scores)
    {
        double best = double.MinValue, current = 0;
        int bestStart = 0, bestEnd = 0, currentStart = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (current <= 0)
            {
                (current, currentStart) = (0, i);
            }

            current += scores[i];
            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, currentStart, i);
            }
        }

        return (bestStart, bestEnd);
    }
}
