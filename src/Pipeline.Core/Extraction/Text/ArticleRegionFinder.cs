namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Finds the article in a page dump the way jusText and boilerpipe do for HTML: with every block scored by how much
/// it reads like prose or like page chrome (<see cref="BlockScorer"/>), the article is the contiguous run of blocks
/// with the highest total (where, in choosing among runs, later prose counts less), widened over the table, list or plan that carries on from its prose
/// (<see cref="StructuredContinuation"/>). Link-like list items and section headings inside it are dropped.
/// </summary>
public static class ArticleRegionFinder
{
    public static List<TextBlock> Find(IReadOnlyList<TextBlock> blocks) => Locate(blocks).Blocks;

    /// <summary>The article's blocks and where its run starts and ends among <paramref name="blocks"/>.</summary>
    public static ArticleRegion Locate(IReadOnlyList<TextBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return new ArticleRegion(0, -1, []);
        }

        var scores = BlockScorer.Score(blocks);
        var (start, end, total) = MaxSumRun(EarlierFirst(scores.Score));
        if (total <= 0)
        {
            // Nothing on the page reads like an article.
            return new ArticleRegion(0, -1, []);
        }

        (start, end) = Widen(start, end, scores.Score);

        (start, end) = ExtendOverBoilerplate(start, end, scores);
        end = StructuredContinuation.Extend(blocks, scores, end);
        var kept = new List<TextBlock>(end - start + 1);
        var announced = new AnnouncedList();
        for (var i = start; i <= end; i++)
        {
            var block = blocks[i];
            if (announced.Take(block) || (!BlockScorer.IsChrome(block, BlockShape.Of(block.Text)) && !SectionHeadingRule.IsSectionHeading(block)))
            {
                kept.Add(block);
            }
        }

        return new ArticleRegion(start, end, kept);
    }

    /// <summary>
    /// Widens the run over boilerplate (captions, pitches, repeated blocks) to a prose paragraph right behind it:
    /// an article's last paragraph after a photo caption is still the article.
    /// </summary>
    private static (int Start, int End) ExtendOverBoilerplate(int start, int end, BlockScores scores)
    {
        var next = end + 1;
        while (next < scores.Prose.Length && scores.Boilerplate[next] && !double.IsNegativeInfinity(scores.Score[next]))
        {
            next++;
        }

        if (next > end + 1 && next < scores.Prose.Length && scores.Prose[next] && !double.IsNegativeInfinity(scores.Score[next]))
        {
            return ExtendOverBoilerplate(start, next, scores);
        }

        var previous = start - 1;
        while (previous >= 0 && scores.Boilerplate[previous] && !double.IsNegativeInfinity(scores.Score[previous]))
        {
            previous--;
        }

        return previous < start - 1 && previous >= 0 && scores.Prose[previous] ? ExtendOverBoilerplate(previous, end, scores) : (start, end);
    }


    /// <summary>
    /// The scores for choosing which run is the article: pages put their closing material (footers, sign-up and
    /// consent forms, shop terms, dialogs) after the story, so the later a block comes the less its prose counts.
    /// </summary>
    private static double[] EarlierFirst(double[] scores)
    {
        var weighted = new double[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            weighted[i] = scores[i] > 0 ? scores[i] * (scores.Length - i) / scores.Length : scores[i];
        }

        return weighted;
    }

    /// <summary>The run with the highest plain total that holds the chosen one: choosing by position does not cut the story short.</summary>
    private static (int Start, int End) Widen(int start, int end, double[] scores)
    {
        double sum = 0, best = 0;
        var bestStart = start;
        for (var i = start - 1; i >= 0 && !double.IsNegativeInfinity(scores[i]); i--)
        {
            sum += scores[i];
            if (sum > best)
            {
                (best, bestStart) = (sum, i);
            }
        }

        (sum, best) = (0, 0);
        var bestEnd = end;
        for (var i = end + 1; i < scores.Length && !double.IsNegativeInfinity(scores[i]); i++)
        {
            sum += scores[i];
            if (sum > best)
            {
                (best, bestEnd) = (sum, i);
            }
        }

        return (bestStart, bestEnd);
    }

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
