using System.Text;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public sealed class InputKindSnifferTests
{
    [Theory]
    [InlineData("{\"title\":\"a\",\"text\":\"b\"}\n{\"title\":\"c\"}\n", "dump.txt", "JsonLines")]
    [InlineData("{\n  \"title\": \"a\",\n  \"text\": \"b\"\n}\n", "article.json", "JsonDocument")]
    [InlineData("{\n  \"title\": \"a\"\n}\n", "pretty-but-named.jsonl", "JsonLines")]
    [InlineData("  [ {\"title\": \"a\"} ]", "export", "JsonArray")]
    [InlineData("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl", "Warc")]
    [InlineData("[Updated] Council approves the bridge\n\nThe council voted on Monday.", "story.json", "Document")]
    [InlineData("{{Infobox}} wiki text", "page.json", "Document")]
    [InlineData("   [ ]\n\n   ____________________\n\n   Search\n", "page.lynx.txt", "Document")]
    [InlineData("[[Image: harbour.jpg]]\n\nThe harbour reopened.", "page.txt", "Document")]
    [InlineData("[]\n", "empty-export.json", "JsonArray")]
    [InlineData("<html><body>{\"not\": \"json\"}</body></html>", "page.json", "Document")]
    public void Sniff_RecognisesLayoutByContent(string head, string name, string expected) =>
        Assert.Equal(expected, InputKindSniffer.Sniff(Encoding.UTF8.GetBytes(head), name).ToString());

    [Fact]
    public void Sniff_RecognisesArchivesByMagicBytes()
    {
        Assert.Equal(InputKind.Gzip, InputKindSniffer.Sniff([0x1F, 0x8B, 0x08, 0x00], "dump.json"));
        Assert.Equal(InputKind.Zip, InputKindSniffer.Sniff("PK\x03\x04rest"u8, "dump.txt"));
    }
}
