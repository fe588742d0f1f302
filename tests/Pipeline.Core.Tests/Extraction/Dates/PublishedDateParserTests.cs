using Pipeline.Core.Extraction.Dates;

namespace Pipeline.Core.Tests.Extraction.Dates;

public sealed class PublishedDateParserTests
{
    [Theory]
    [InlineData("發布於 2020年02月16日10:02 • Someone", "2020-02-16T10:02:00")]
    [InlineData("Published 16 February 2020 10:02", "2020-02-16T10:02:00")]
    [InlineData("2020-02-16 10:02", "2020-02-16T10:02:00")]
    [InlineData("Feb 16, 2020", "2020-02-16")]
    [InlineData("Updated: March 3rd, 2021 at 4:05 pm", "2021-03-03T16:05:00")]
    [InlineData("Veröffentlicht am 3. März 2021, 14:30 Uhr", "2021-03-03T14:30:00")]
    [InlineData("Publié le 7 juillet 2022 à 09h15", "2022-07-07T09:15:00")]
    [InlineData("12 de octubre de 2018", "2018-10-12")]
    [InlineData("2022年11月3日 下午 6:45", "2022-11-03T18:45:00")]
    [InlineData("2023년 4월 9일 오전 7:20", "2023-04-09T07:20:00")]
    [InlineData("Stand: 05.01.2024 18:00 Uhr", "2024-01-05T18:00:00")]
    public void Find_ReadsLocalDateTimeWithoutInventingAnOffset(string text, string expected)
    {
        Assert.Equal(expected, PublishedDateParser.Find(text)?.Iso);
    }

    [Theory]
    [InlineData("2020-02-16 10:02 +08:00", "2020-02-16T10:02:00+08:00")]
    [InlineData("2020-02-16T10:02:00Z", "2020-02-16T10:02:00+00:00")]
    [InlineData("Published 16 February 2020 10:02 UTC", "2020-02-16T10:02:00+00:00")]
    [InlineData("Feb 16, 2020 10:02 (GMT+8)", "2020-02-16T10:02:00+08:00")]
    [InlineData("June 1, 2019 6:30 p.m. EDT", "2019-06-01T18:30:00-04:00")]
    public void Find_KeepsTheOffsetTheTextStates(string text, string expected)
    {
        Assert.Equal(expected, PublishedDateParser.Find(text)?.Iso);
    }

    [Theory]
    [InlineData("Russia and China pledge to maintain special relationship")]
    [InlineData("The 2020 budget was 16 percent higher")]
    [InlineData("Published 31 February 2020")]
    public void Find_ReturnsNullWhenThereIsNoRealDate(string text)
    {
        Assert.Null(PublishedDateParser.Find(text));
    }

    [Fact]
    public void Find_LeavesUnknownZoneAbbreviationsWithoutOffset()
    {
        Assert.Equal("2020-02-16T10:02:00", PublishedDateParser.Find("16 Feb 2020 10:02 XYZT")?.Iso);
    }
}
