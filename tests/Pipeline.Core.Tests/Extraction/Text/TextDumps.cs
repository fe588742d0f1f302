using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Text;
using Pipeline.Core.Reading;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>Runs a text dump through the text extractor and the shared cleaning, as the pipeline does.</summary>
internal static class TextDumps
{
    private static readonly RecordExtractor Extractor = new([new TextDumpExtractor()]);

    public static ExtractedArticle Extract(string content) => Extractor.Extract(new RawRecord("1", DumpFormat.Text, content));

    public static ExtractedArticle ExtractFixture(string name) =>
        Extract(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text-dumps", name)));
}
