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
        var unwidgeted = blocks.Select(b => b with { Text = BrowserWidgetStripper.Strip(b.Text) }).ToList();
        var body = TextDumpCleaner.Clean(ArticleRegionFinder.Find(unwidgeted));
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
