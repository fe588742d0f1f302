using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("page.txt", "  <!DOCTYPE html><html><body><p>x</p></body></html>")]
    [InlineData("no-extension", "<html lang=\"en\"><head></head><body></body></html>")]
    [InlineData("page.htm", "<div><p>fragment</p></div>")]
    public void Sniff_RecognisesHtmlByContent(string name, string text) => Assert.Equal(DumpFormat.Html, FormatSniffer.Sniff(name, text));

    [Theory]
    [InlineData("story.html", "Headline\n\nA plain paragraph, no markup.")]
    [InlineData("story.txt", "Headline\n\nUse <b> for bold, the paragraph says.")]
    public void Sniff_TreatsPlainTextAsATextDumpWhateverTheName(string name, string text) => Assert.Equal(DumpFormat.Text, FormatSniffer.Sniff(name, text));
}
