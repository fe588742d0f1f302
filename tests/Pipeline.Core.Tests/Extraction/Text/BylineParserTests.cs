using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class BylineParserTests
{
    [Theory]
    [InlineData(" Liu Zhen zhen.liu@example.com", new[] { "Liu Zhen" })]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Von Anna Berg, Paul Ott und Eva Lind", new[] { "Anna Berg", "Paul Ott", "Eva Lind" })]
    [InlineData("Par Julie Martin @juliemartin", new[] { "Julie Martin" })]
    [InlineData("記者 王小明、李大華", new[] { "王小明", "李大華" })]
    [InlineData("By Umair Irfan Updated Nov 13, 2019", new[] { "Umair Irfan" })]
    public void Parse_SplitsNamesAndDropsContactDetails(string byline, string[] expected)
    {
        Assert.Equal(expected, BylineParser.Parse(byline));
    }

    [Fact]
    public void Parse_IgnoresSegmentsThatAreNotNames()
    {
        Assert.Empty(BylineParser.Parse("Updated 3 hours ago, 12 comments so far in this discussion thread today"));
    }
}
