using System.Runtime.InteropServices;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Scores each block of a page dump by how much it reads like an article's running text: long punctuated prose
/// counts for its words; menu items, link bullets, widgets, boilerplate, repeated text and teasers count against;
/// section headings (comments, related, most read) count heavily against crossing them.
/// </summary>
internal static class BlockScorer
{
    public const int ShortWords = 5;
    /// <summary>
    /// A sentence of ten words or more is running text (jusText's "short" bound is 70 characters, about ten words):
    /// news briefs and how-tos write paragraphs of one such sentence. Chosen by cross-validation: 10 and 11 score at or above
    /// 12 on every fold of both dev corpora; 9 loses one traf-dev fold for the other, 15 costs aeb-dev a fold.
    /// </summary>
    private const int ProseWords = 10;
    private const int UnendedProseWords = 20;
    public const double ChromePenalty = 6;
    private const double ShortPenalty = 3;
    private const int ShortLabelLength = 48;
    public const double SectionPenalty = 40;
    private const double CommentsDiscount = 0;
    private const double ArticleBeforeComments = 80;
    private const int RecentBlocks = 15;
    private const int ProseNeighbourhood = 2;
    private const double IsolatedDiscount = 0.3;
    /// <summary>As long an opening as a caption's printed twice (<see cref="ArticleRegionFinder"/>).</summary>
    private const int SharedOpening = 40;
    /// <summary>Two paragraphs may be one text edited twice (a lead and its caption or recipe card); three are a series.</summary>
    private const int MinSeries = 3;

    /// <summary>Each block's contribution to the article score, in context.</summary>
    public static BlockScores Score(IReadOnlyList<TextBlock> blocks)
    {
        var copies = CopiesOfEach(blocks);
        var templated = SharedOpenings(blocks);
        var scores = new double[blocks.Count];
        var boilerplate = new bool[blocks.Count];
        var repeated = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            // Text printed more than once on a page (or twice in one block) is a menu, ticker, caption or teaser, not the
            // article's running text.
            var linkHeader = LinkHeader.Is(blocks, i);
            scores[i] = linkHeader ? -ChromePenalty : Score(blocks[i], out boilerplate[i]);
            boilerplate[i] |= linkHeader;
            repeated[i] = copies[i] > 1 || templated[i] || DoubledText.Is(blocks[i].Text) || DoubledText.OpensTwice(blocks[i].Text, headline: true)
                || scores[i] > 0 && DoubledText.OpensAgainAfterLabel(blocks[i].Text); // a teaser must not pass for prose; the search costs, so only there
            boilerplate[i] |= repeated[i];
            scores[i] = boilerplate[i] ? Math.Min(scores[i], -ShortPenalty) : scores[i];
        }

        // A consent dialog's paragraphs read as prose; the dialog is chrome from its cookie notice to its buttons.
        var inDialog = new bool[blocks.Count];
        ConsentDialog.Mark(blocks, inDialog);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (inDialog[i])
            {
                (boilerplate[i], scores[i]) = (true, -ChromePenalty);
            }
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
        return new BlockScores(scores, prose, boilerplate, repeated);
    }

    /// <summary>
    /// How many blocks of the page have each block's text. Each text is hashed once: looking it up to count it, then to
    /// set the count, then to read it back hashed every block three times.
    /// </summary>
    private static int[] CopiesOfEach(IReadOnlyList<TextBlock> blocks)
    {
        var firstOf = new Dictionary<string, int>(blocks.Count, StringComparer.Ordinal);
        var first = new int[blocks.Count];
        var counts = new int[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(firstOf, blocks[i].Text, out var seen);
            slot = seen ? slot : i;
            first[i] = slot;
            counts[slot]++;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            counts[i] = counts[first[i]];
        }

        return counts;
    }

    /// <summary>
    /// Paragraphs that open with the same words as two or more others of the page and then go on differently: text
    /// filled into a template (a social feed's posts, a series' teasers, a gallery's captions in full, cut short and with
    /// "more"), not the story's running text, which does not open three paragraphs alike.
    /// </summary>
    private static bool[] SharedOpenings(IReadOnlyList<TextBlock> blocks)
    {
        var marked = new bool[blocks.Count];
        // Counted over spans first: most openings occur once, and a list per opening cost every dump allocations.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        List<string>? series = null;
        foreach (var block in blocks)
        {
            if (block.Text.Length > SharedOpening)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, block.Text.AsSpan(0, SharedOpening), out _);
                if (++count == MinSeries)
                {
                    (series ??= []).Add(block.Text[..SharedOpening]);
                }
            }
        }

        foreach (var opening in series ?? [])
        {
            // Only running text counts: a product's name opens its headline, a subheading and the lead alike.
            var proseMembers = Enumerable.Range(0, blocks.Count)
                .Where(i => blocks[i].Text.Length > SharedOpening && blocks[i].Text.StartsWith(opening, StringComparison.Ordinal) && ReadsAsProse(BlockShape.Of(blocks[i].Text)))
                .ToList();
            var distinct = proseMembers.Select(i => blocks[i].Text).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count < MinSeries || !distinct.Skip(1).All(t => Diverge(distinct[0], t)))
            {
                continue;
            }

            foreach (var i in proseMembers)
            {
                marked[i] = true;
            }
        }

        return marked;
    }

    /// <summary>Neither text is the other cut short (a teaser printing the lead's opening with an ellipsis).</summary>
    private static bool Diverge(string a, string b)
    {
        var x = a.TrimEnd('.', '…', ' ');
        var y = b.TrimEnd('.', '…', ' ');
        return !x.StartsWith(y, StringComparison.Ordinal) && !y.StartsWith(x, StringComparison.Ordinal);
    }

    /// <summary>Headings of comments, related and most-read sections count against crossing them.</summary>
    private static void ScoreSectionHeadings(IReadOnlyList<TextBlock> blocks, double[] scores)
    {
        var afterComments = false;
        // Two or more "Jane says:" lines are a thread of comments; one such line can be a quote in the story.
        var thread = blocks.Count(b => SectionHeadingRule.IsCommentOpener(b.Text)) >= 2;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            // A "Comments" or "Related" entry in a menu or share bar is a link, not a section heading.
            var heading = !blocks[i].IsListItem;
            // "3 thoughts on “Title”" or a commenter's "says:" line can only open comments; a bare "Comments" may be a link.
            // A reply form's title is printed only under a post: it ends the post however short the post is.
            var formTitle = heading && SectionHeadingRule.IsCommentFormTitle(text);
            var unmistakable = formTitle || heading && SectionHeadingRule.IsCommentThreadTitle(text) || thread && SectionHeadingRule.IsCommentOpener(text);
            var comments = unmistakable || heading && SectionHeadingRule.IsBareCommentsHeading(text);
            if (!afterComments && comments)
            {
                // Comments right after an article end it, and however long they run, they are not the article.
                var endsArticle = formTitle || ProseBefore(scores, i) >= (unmistakable ? ProseWords : ArticleBeforeComments);
                afterComments |= endsArticle;
                scores[i] = endsArticle ? double.NegativeInfinity : -SectionPenalty;
            }
            else if (heading && (comments || SectionHeadingRule.IsAfterArticleHeading(text)))
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
        if (worthChecking && (boilerplate = ParagraphRules.FirstMatch(block.Text) is not null))
        {
            return -ChromePenalty;
        }

        if (ReadsAsProse(shape))
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

    private static bool ReadsAsProse(BlockShape shape) =>
        shape.Words >= ProseWords && shape.EndsSentence || shape.Words >= UnendedProseWords && shape.SentenceMarks >= 2;

    /// <summary>Menu entries and link bullets: short list items that are not sentences; widgets without words.</summary>
    public static bool IsChrome(TextBlock block, BlockShape shape) =>
        shape.Words == 0 || block.IsListItem && shape.Words < UnendedProseWords && !shape.EndsSentence;
}
