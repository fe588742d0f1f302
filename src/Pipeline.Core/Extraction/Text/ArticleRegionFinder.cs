using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Finds the article in a page dump the way jusText and boilerpipe do for HTML: with every block scored by how much
/// it reads like prose or like page chrome (<see cref="BlockScorer"/>), the article is the contiguous run of blocks
/// with the highest total (where, in choosing among runs, later prose counts less), widened over the table, list or plan that carries on from its prose
/// (<see cref="StructuredContinuation"/>) and the prose after it, cut before an author box (<see cref="AuthorBox"/>) or a trailer behind furniture (<see cref="ClosingTrailer"/>),
/// with a lead paragraph and a list of summary points standing above it (<see cref="SummaryList"/>). Link-like list items and section headings inside it are dropped, except a list that stands between two of its prose paragraphs, and so are the short lines that label the furniture it leaves out (<see cref="FurnitureLabel"/>).
/// </summary>
public static class ArticleRegionFinder
{
    /// <summary>Blocks of furniture a lead may stand above the body: image, caption, credit, byline, date, share bar, a short contents list.</summary>
    private const int LeadLookback = 12;

    /// <summary>
    /// A lead is a paragraph. A one-sentence subheadline under the headline (a dek, often the page's description too) is
    /// display type, not the story's text; at thirty words a block is a paragraph.
    /// </summary>
    private const int MinLeadWords = 30;

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
        var structured = StructuredContinuation.Extend(blocks, scores, end);
        // Prose that carries on after the structure (a recipe's method after its ingredients) is the article again.
        end = structured > end ? WidenForward(structured, scores.Score) : end;
        end = AnnouncedUnit.Extend(blocks, scores, end);
        end = AuthorBox.EndBefore(blocks, scores.Prose, start, end);
        end = ClosingTrailer.EndBefore(blocks, scores, start, end);
        var kept = new List<TextBlock>(end - start + 2);
        var lead = LeadBefore(blocks, scores, start);
        var summary = SummaryList.Before(blocks, scores, lead >= 0 ? lead : start, LeadLookback);
        for (var i = summary.Start; i <= summary.End; i++)
        {
            kept.Add(blocks[i]);
        }

        if (lead >= 0)
        {
            kept.Add(blocks[lead]);
            for (var i = lead + 1; i < start; i++)
            {
                if (scores.Score[i] > 0)
                {
                    kept.Add(blocks[i]);
                }
            }
        }

        var announced = new AnnouncedList();
        var inner = ListBetweenProse(blocks, scores, start, end);
        var keep = new bool[Math.Max(0, end - start + 1)];
        for (var i = start; i <= end; i++)
        {
            var block = blocks[i];
            keep[i - start] = announced.Take(block) || inner[i - start] || (!BlockScorer.IsChrome(block, BlockShape.Of(block.Text)) && !SectionHeadingRule.IsSectionHeading(block));
        }

        List<TextBlock>? labels = null;
        for (var i = start; i <= end; i++)
        {
            if (!keep[i - start])
            {
                continue;
            }

            if (FurnitureLabel.Is(blocks, scores, keep, start, i))
            {
                (labels ??= []).Add(blocks[i]);
            }
            else
            {
                kept.Add(blocks[i]);
            }
        }

        return new ArticleRegion(summary.End >= summary.Start ? summary.Start : lead >= 0 ? lead : start, end, kept, labels);
    }

    /// <summary>
    /// The list items of the run that stand between two of its prose paragraphs: a list the story's own text surrounds
    /// (steps, ingredients, points) is the story's, however short its items; a menu or share bar is not inside the story.
    /// </summary>
    private static bool[] ListBetweenProse(IReadOnlyList<TextBlock> blocks, BlockScores scores, int start, int end)
    {
        var inner = new bool[Math.Max(0, end - start + 1)];
        var proseBefore = false;
        for (var i = start; i <= end; i++)
        {
            if (!blocks[i].IsListItem)
            {
                proseBefore = scores.Prose[i] || (proseBefore && !SectionHeadingRule.IsSectionHeading(blocks[i]) && BlockShape.Of(blocks[i].Text).Words > 0);
                continue;
            }

            var last = i;
            while (last + 1 <= end && blocks[last + 1].IsListItem)
            {
                last++;
            }

            var proseAfter = false;
            for (var j = last + 1; j <= end && !proseAfter; j++)
            {
                if (blocks[j].IsListItem || SectionHeadingRule.IsSectionHeading(blocks[j]))
                {
                    break;
                }

                proseAfter = scores.Prose[j];
            }

            // A run with a repeated or boilerplate item (a share bar's "Share", a tag line) is page furniture as a whole.
            var clean = true;
            for (var j = i; j <= last && clean; j++)
            {
                clean = !scores.Repeated[j] && !scores.Boilerplate[j];
            }

            for (var j = i; j <= last; j++)
            {
                inner[j - start] = proseBefore && proseAfter && clean && blocks[j].Text.Any(char.IsLetterOrDigit);
            }

            i = last;
        }

        return inner;
    }

    /// <summary>
    /// The story's lead paragraph when it stands apart from the body: the nearest sentence-ending prose paragraph of
    /// lead length a few pieces of furniture above the run (a photo and its credit, a byline, share buttons, a table of
    /// contents; a run of boilerplate lines counts once), none of it a section heading; shorter paragraphs between stay
    /// with it. -1 when there is none, or when it is a caption printed twice.
    /// </summary>
    private static int LeadBefore(IReadOnlyList<TextBlock> blocks, BlockScores scores, int start)
    {
        var furniture = 0;
        for (var i = start - 1; i >= 0 && furniture < LeadLookback; i--)
        {
            // A share bar's buttons are one piece of furniture however many lines they take.
            furniture += scores.Boilerplate[i] && i > 0 && scores.Boilerplate[i - 1] ? 0 : 1;
            if (scores.Score[i] <= -BlockScorer.SectionPenalty)
            {
                return -1;
            }

            if (scores.Score[i] > 0 && SentenceEnd.IsEndOf(blocks[i].Text) && BlockShape.Of(blocks[i].Text).Words >= MinLeadWords)
            {
                return IsPrintedTwice(blocks, i, start) ? -1 : i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A caption is printed again under its photo or in a gallery (whole, cut short or with a "more" toggle): a lead's
    /// opening recurs in no other block near it.
    /// </summary>
    private static bool IsPrintedTwice(IReadOnlyList<TextBlock> blocks, int lead, int start)
    {
        const int Opening = 40;
        var text = blocks[lead].Text;
        if (text.Length < Opening)
        {
            return false;
        }

        var opening = text.AsSpan(0, Opening);
        for (var i = Math.Max(0, lead - LeadLookback); i < start; i++)
        {
            if (i != lead && blocks[i].Text.AsSpan().IndexOf(opening, StringComparison.Ordinal) >= 0)
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

        return (bestStart, WidenForward(end, scores));
    }

    /// <summary>The last block of the run from <paramref name="end"/> on with the highest plain total.</summary>
    private static int WidenForward(int end, double[] scores)
    {
        double sum = 0, best = 0;
        var bestEnd = end;
        for (var i = end + 1; i < scores.Length && !double.IsNegativeInfinity(scores[i]); i++)
        {
            sum += scores[i];
            if (sum > best)
            {
                (best, bestEnd) = (sum, i);
            }
        }

        return bestEnd;
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
