using Pipeline.Core.Reading;

namespace Pipeline.Core.Extraction.Text;

/// <summary>Finds the article in a plain-text dump. (Placeholder rules: title = first line, paragraphs = blank-line blocks.)</summary>
public sealed class TextDumpExtractor : IArticleExtractor
{
    public DumpFormat Format => DumpFormat.Text;

    public ExtractedArticle Extract(RawRecord record)
    {
        var blocks = record.Content.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ExtractedArticle { Title = blocks.FirstOrDefault(), Paragraphs = blocks.Skip(1).ToList() };
    }
}
