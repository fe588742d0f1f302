using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Finds the article in a page dump the way jusText and boilerpipe do for HTML: each block scores by how much it
/// reads like prose (long, punctuated) or like page chrome (menu items, link bullets, form widgets, boilerplate),
/// and the article is the contiguous run of blocks with the highest total. Link-like list items inside it are dropped.
/// </summary>
public static class ArticleRegionFinder
{
    private const int ProseWords = 12;
    private const int ShortWords = 5;
    private const int UnendedProseWords = 20;
    private const double ChromePenalty = 6;
    private const double ShortPenalty = 3;
    private const int ShortLabelLength = 48;
    private const double SectionPenalty = 40;
    private const double CommentsDiscount = 0.3;
    private const double ArticleBeforeComments = 80;
    private const int RecentBlocks = 15;
    private const int ProseNeighbourhood = 2;
    private const double IsolatedDiscount = 0.3;

    public static List<TextBlock> Find(IReadOnlyList<TextBlock> blocks) => Locate(blocks).Blocks;

    /// <summary>The article's blocks and where its run starts and ends among <paramref name="blocks"/>.</summary>
    public static ArticleRegion Locate(IReadOnlyList<TextBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return new ArticleRegion(0, -1, []);
        }

        var scores = Score(blocks);
        var (start, end, total) = MaxSumRun(scores.Score);
        if (total <= 0)
        {
            // Nothing on the page reads like an article.
            return new ArticleRegion(0, -1, []);
        }

        (start, end) = ExtendOverBoilerplate(start, end, scores);
        var kept = new List<TextBlock>(end - start + 1);
        var introducedList = false;
        for (var i = start; i <= end; i++)
        {
            var block = blocks[i];
            // Items right after a sentence that announces them ("The council agreed to:") are the article's own list.
            introducedList = block.IsListItem && (introducedList || (i > start && IntroducesList(blocks[i - 1])));
            if ((introducedList && block.Text.Any(char.IsLetter)) || (!IsChrome(block, BlockShape.Of(block.Text)) && !IsSectionHeading(block)))
            {
                kept.Add(block);
            }
        }

        return new ArticleRegion(start, end, kept);
    }

    /// <summary>Each block's contribution to the article score, in context.</summary>
    internal static BlockScores Score(IReadOnlyList<TextBlock> blocks)
    {
        var copies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            copies[block.Text] = copies.GetValueOrDefault(block.Text) + 1;
        }

        var scores = new double[blocks.Count];
        var boilerplate = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            // Text printed more than once on a page is a menu, ticker or teaser, not the article's running text.
            scores[i] = Score(blocks[i], out boilerplate[i]);
            boilerplate[i] |= copies[blocks[i].Text] > 1;
            scores[i] = boilerplate[i] ? Math.Min(scores[i], -ShortPenalty) : scores[i];
        }

        // Teasers (one summary paragraph among headlines, times and images) are not an article's running text,
        // and neither are short sentences with no prose around them.
        var prose = scores.Select(score => score >= ProseWords).ToArray();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (scores[i] > 0 && !HasProseNear(prose, i))
            {
                scores[i] = prose[i] ? scores[i] * IsolatedDiscount : -ShortPenalty;
            }
        }

        ScoreSectionHeadings(blocks, scores);
        return new BlockScores(scores, prose, boilerplate);
    }

    /// <summary>Headings of comments, related and most-read sections count against crossing them.</summary>
    private static void ScoreSectionHeadings(IReadOnlyList<TextBlock> blocks, double[] scores)
    {
        var afterComments = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            // A "Comments" or "Related" entry in a menu or share bar is a link, not a section heading.
            var heading = !blocks[i].IsListItem;
            if (heading && SectionHeadingRule.IsCommentsHeading(text))
            {
                // Comments right after an article end it, and however long they run, they are not the article.
                var endsArticle = ProseBefore(scores, i) >= ArticleBeforeComments;
                afterComments |= endsArticle;
                scores[i] = endsArticle ? double.NegativeInfinity : -SectionPenalty;
            }
            else if (heading && SectionHeadingRule.IsAfterArticleHeading(text))
            {
                scores[i] = -SectionPenalty;
            }

            if (scores[i] > 0 && afterComments)
            {
                scores[i] *= CommentsDiscount;
            }
        }
    }

    private static double ProseBefore(double[] scores, int i)
    {
        var sum = 0.0;
        for (var j = Math.Max(0, i - RecentBlocks); j < i; j++)
        {
            sum += Math.Max(0, scores[j]);
        }

        return sum;
    }

    private static bool HasProseNear(bool[] prose, int i)
    {
        for (var j = Math.Max(0, i - ProseNeighbourhood); j <= Math.Min(prose.Length - 1, i + ProseNeighbourhood); j++)
        {
            if (j != i && prose[j])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Widens the run over boilerplate (captions, pitches, repeated blocks) to a prose paragraph right behind it:
    /// an article's last paragraph after a photo caption is still the article.
    /// </summary>
    private static (int Start, int End) ExtendOverBoilerplate(int start, int end, BlockScores scores)
    {
        var next = end + 1;
        while (next < scores.Prose.Length && scores.Boilerplate[next])
        {
            next++;
        }

        if (next > end + 1 && next < scores.Prose.Length && scores.Prose[next] && !double.IsNegativeInfinity(scores.Score[next]))
        {
            return ExtendOverBoilerplate(start, next, scores);
        }

        var previous = start - 1;
        while (previous >= 0 && scores.Boilerplate[previous])
        {
            previous--;
        }

        return previous < start - 1 && previous >= 0 && scores.Prose[previous] ? ExtendOverBoilerplate(previous, end, scores) : (start, end);
    }

    private static double Score(TextBlock block, out bool boilerplate)
    {
        var shape = BlockShape.Of(block.Text);
        boilerplate = false;
        if (IsChrome(block, shape))
        {
            return -ChromePenalty;
        }

        // Boilerplate rules only matter where they change the outcome: captions, sentences, long blocks and short labels.
        var worthChecking = shape.Words >= ShortWords || shape.EndsSentence || block.Text.Length <= ShortLabelLength;
        if (worthChecking && (boilerplate = BoilerplateParagraphRules.IsBoilerplate(block.Text)))
        {
            return -ChromePenalty;
        }

        if (shape.Words >= ProseWords && shape.EndsSentence || shape.Words >= UnendedProseWords && shape.SentenceMarks >= 2)
        {
            return block.IsListItem ? shape.Words / 2.0 : shape.Words;
        }

        if (shape.Words >= ShortWords && shape.EndsSentence)
        {
            return shape.Words / 2.0;
        }

        // A table row (columns aligned with runs of spaces) belongs to whatever surrounds it.
        return TableRowShape.IsTableRow(block.Text) ? 0 : -ShortPenalty;
    }

    private static bool IntroducesList(TextBlock block) =>
        !block.IsListItem && block.Text.Length > 0 && block.Text[^1] is ':' or '：' && BlockShape.Of(block.Text).Words >= ShortWords;

    private static bool IsSectionHeading(TextBlock block) =>
        !block.IsListItem && (SectionHeadingRule.IsAfterArticleHeading(block.Text) || SectionHeadingRule.IsCommentsHeading(block.Text));

    /// <summary>Menu entries and link bullets: short list items that are not sentences; widgets without words.</summary>
    private static bool IsChrome(TextBlock block, BlockShape shape) =>
        shape.Words == 0 || block.IsListItem && shape.Words < UnendedProseWords && !shape.EndsSentence;

    /// <summary>Kadane's maximum-sum contiguous run; a section barrier (negative infinity) is never crossed.</summary>
    private static (int Start, int End, double Total) MaxSumRun(double[] scores)
    {
        double best = double.MinValue, current = 0;
        int bestStart = 0, bestEnd = 0, currentStart = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNegativeInfinity(scores[i]))
            {
                (current, currentStart) = (0, i + 1);
                continue;
            }

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

        return (bestStart, bestEnd, best);
    }
}
