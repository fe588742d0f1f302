using Pipeline.Core.Reading;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Finds the article in a plain-text dump (reader-app exports, lynx/w3m page dumps): reads the header where there is
/// one, rejoins hard-wrapped lines into blocks and drops boilerplate blocks.
/// </summary>
public sealed class TextDumpExtractor : IArticleExtractor
{
    public DumpFormat Format => DumpFormat.Text;

    public ExtractedArticle Extract(RawRecord record)
    {
        var lines = record.Content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd('\r');
        }

        var header = DumpHeaderParser.Parse(lines);
        var blocks = WrappedLineJoiner.Join(new ArraySegment<string>(lines, header.BodyStartLine, lines.Length - header.BodyStartLine));
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = BrowserWidgetStripper.Strip(blocks[i].Text);
            blocks[i] = ReferenceEquals(text, blocks[i].Text) ? blocks[i] : blocks[i] with { Text = text };
        }

        var body = TextDumpCleaner.Clean(ArticleRegionFinder.Find(blocks));
        return new ExtractedArticle
        {
            Title = header.Title,
            Publisher = header.Publisher,
            PublishedAt = header.PublishedAt,
            Authors = header.Authors,
            Summary = header.Summary,
            Paragraphs = body.Select(b => b.Text).ToList(),
        };
    }
}
