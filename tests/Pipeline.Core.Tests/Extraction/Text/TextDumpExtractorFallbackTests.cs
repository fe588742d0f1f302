using Pipeline.Core.Extraction.Text;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class TextDumpExtractorFallbackTests
{
    [Fact]
    public void Extract_ADumpOfBoilerplateOnlyStaysEmpty()
    {
        var dump = "reaction icon 0\nreaction icon 0\n\nCopyright (c) 2024. Example Daily Ltd. All rights reserved.\n\n留言 0\n";

        Assert.Empty(new TextDumpExtractor().Extract(new RawRecord("1", DumpFormat.Text, dump)).Paragraphs);
    }
}
