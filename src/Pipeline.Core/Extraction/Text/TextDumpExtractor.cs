using Pipeline.Core.Cleaning;
using Pipeline.Core.Reading;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Finds the article in a plain-text dump (reader-app exports, lynx/w3m page dumps): reads the header where there is
/// one, rejoins hard-wrapped lines into blocks, finds the article among a page's chrome and drops boilerplate blocks.
/// </summary>
public sealed class TextDumpExtractor : IArticleExtractor
{
    public DumpFormat Format => DumpFormat.Text;

    public ExtractedArticle Extract(RawRecord record)
    {
        using var memo = ParagraphRuleMemo.Start();
        var lines = record.Content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd('\r');
        }

        // Before anything reads lines: w3m prints a layout table's cells side by side, a menu on the story's lines.
        var unfolded = ColumnLayout.Unfold(record.Content, lines);
        lines = unfolded.Lines;
        var wraps = unfolded.ColumnWraps;
        var header = DumpHeaderParser.Parse(lines);
        var blocks = JoinBlocks(lines, wraps, header.BodyStartLine);
        var unwrapped = blocks.All(b => b.LineCount == 1);
        List<TextBlock> article;
        ArticleRegion? region = null;
        if (header.Title is not null && unwrapped)
        {
            // A reader-app export (its own header, lines not wrapped by a browser) holds only the article: searching
            // it for the article could only lose short paragraphs.
            article = TextBlocks(blocks);
        }
        else
        {
            // A page dump: what looked like a reader header is page chrome, and the headline sits above the article.
            blocks = header.BodyStartLine > 0 ? JoinBlocks(lines, wraps, 0) : blocks;
            region = ArticleRegionFinder.Locate(blocks);
            // Plain text with no page around it and no paragraph long enough to score: it is all we have.
            article = region.Blocks.Count == 0 && unwrapped ? TextBlocks(blocks) : region.Blocks;
            header = PageHeadlineReader.Read(blocks, Math.Max(0, region.Start));
        }

        var reasons = new Dictionary<TextBlock, string>(ReferenceEqualityComparer.Instance);
        // A page dump's own repetition tells a subheading from a linked headline; a reader export holds no page to repeat one.
        var body = TextDumpCleaner.Clean(article, reasons, region is null ? null : blocks);
        if (body.Count == 0)
        {
            // A page with visible text is never rejected: at worst its body is every block that reads as text.
            reasons.Clear();
            body = BestEffort(blocks, reasons);
            region = null;
        }

        return new ExtractedArticle
        {
            Title = header.Title,
            Publisher = header.Publisher,
            PublishedAt = header.PublishedAt,
            Authors = header.Authors,
            Summary = header.Summary,
            Paragraphs = body.Select(b => b.Printed).ToList(),
            Removed = DumpRemovals.List(blocks, body, reasons, region, header),
        };
    }

    private static List<TextBlock> JoinBlocks(string[] lines, int[]? columnWraps, int start)
    {
        var blocks = WrappedLineJoiner.Join(lines.AsSpan(start), columnWraps is null ? default : columnWraps.AsSpan(start));
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = BrowserWidgetStripper.Strip(blocks[i].Text);
            blocks[i] = ReferenceEquals(text, blocks[i].Text) ? blocks[i] : blocks[i] with { Text = text };
        }

        return blocks;
    }

    /// <summary>
    /// The page's sentences outside menus and widgets, else any block of a few words that is not boilerplate; above the
    /// comments when the page has a comment section and text above it.
    /// </summary>
    private static List<TextBlock> BestEffort(List<TextBlock> blocks, Dictionary<TextBlock, string> reasons)
    {
        blocks = LinkHeader.Is(blocks, 0) ? blocks[1..] : blocks;
        var comments = Array.FindIndex(BlockScorer.Score(blocks).Score, double.IsNegativeInfinity);
        if (comments > 0)
        {
            var above = BestEffortAmong(blocks[..comments], reasons);
            if (above.Count > 0)
            {
                return above;
            }

            reasons.Clear();
        }

        return BestEffortAmong(blocks, reasons);
    }

    private static List<TextBlock> BestEffortAmong(List<TextBlock> blocks, Dictionary<TextBlock, string> reasons)
    {
        var text = TextDumpCleaner.Clean(blocks.Where(b => !BlockScorer.IsChrome(b, BlockShape.Of(b.Text)) && BlockShape.Of(b.Text) is { Words: >= BlockScorer.ShortWords, EndsSentence: true }).ToList(), reasons);
        if (text.Count > 0)
        {
            return text;
        }

        // Still no boilerplate: a dump of counters and a copyright line has no article to give.
        reasons.Clear();
        return TextDumpCleaner.Clean(blocks.Where(b => BlockShape.Of(b.Text).Words >= BlockScorer.ShortWords).ToList(), reasons);
    }

    private static List<TextBlock> TextBlocks(List<TextBlock> blocks) => blocks.Where(b => b.Text.Any(char.IsLetterOrDigit)).ToList();
}
