using System.Text;
using Pipeline.Core.Reading;
using Pipeline.Core.Reading.Text;

namespace Pipeline.Core.Tests.Reading.Text;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decode_ReadsUtf8WithAndWithoutBom()
    {
        var text = "Zürich – 東京";
        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(text, TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]));
    }

    [Fact]
    public void Decode_ReadsUtf16WithBom()
    {
        var text = "Grüße aus Köln";
        Assert.Equal(text, TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]));
    }

    [Fact]
    public void Decode_RefusesEmptyInputWithAReason()
    {
        var error = Assert.Throws<UnreadableInputException>(() => TextDecoder.Decode([]));
        Assert.Contains("empty", error.Reason);
    }

    [Fact]
    public void Decode_RefusesBinaryContentWithAReason()
    {
        var error = Assert.Throws<UnreadableInputException>(() => TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]));
        Assert.Contains("binary", error.Reason);
    }

    [Fact]
    public void Decode_RefusesInvalidUtf8AfterAUtf8BomAndSaysWhere()
    {
        // The byte-order mark settles the charset, so Latin-1 bytes after it are not guessed at.
        var error = Assert.Throws<UnreadableInputException>(() => TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0x61, 0x62, 0xE3, 0x6F]));
        Assert.Contains("invalid UTF-8 at byte 2", error.Reason);
    }

    [Fact]
    public void DecodeCounting_KeepsUtf8WithATruncatedCharacterAndCountsTheBadBytes()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Die Ernährungswirtschaft wächst. ", 20)));
        byte[] bytes = [.. good, 0xC3, (byte)' ', .. good]; // "ä" cut after its first byte

        var decoded = TextDecoder.DecodeCounting(bytes, "utf-8", 0.01);

        Assert.Equal(1, decoded.ReplacedBytes);
        Assert.Contains("wächst. \uFFFD Die", decoded.Text);
        Assert.Equal("1 undecodable byte replaced with U+FFFD", decoded.Note);
    }

    [Fact]
    public void DecodeCounting_RefusesMoreBadBytesThanTheConfiguredShare()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Zürich ", 20)));
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. good, 0xC3, 0xC3, 0xC3, .. good];

        Assert.Equal(3, TextDecoder.DecodeCounting(bytes, null, 0.02).ReplacedBytes);
        var error = Assert.Throws<UnreadableInputException>(() => TextDecoder.DecodeCounting(bytes, null, 0.005));
        Assert.Contains("3 bad bytes", error.Reason);
    }

    [Fact]
    public void Decode_RefusesBytesNoCharsetReadsConfidently()
    {
        // Only bytes Windows-1252 leaves undefined: no detector makes text of them.
        var error = Assert.Throws<UnreadableInputException>(() => TextDecoder.Decode([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x20, 0x81, 0x8D]));
        Assert.Contains("undecodable", error.Reason);
        Assert.Contains("invalid UTF-8 at byte 0", error.Reason);
    }

    [Theory]
    [InlineData("gb18030", "中华人民共和国成立于一九四九年。北京是中国的首都，也是政治和文化中心。今天天气很好，我们去公园散步吧。")]
    [InlineData("big5", "中華民國的首都是臺北。今天天氣很好，我們去公園散步吧。這是一篇關於新聞的文章。")]
    [InlineData("shift_jis", "日本の首都は東京です。今日はとても良い天気なので、公園を散歩しましょう。これはニュースの記事です。")]
    [InlineData("euc-kr", "대한민국의 수도는 서울입니다. 오늘은 날씨가 매우 좋아서 공원을 산책합시다. 이것은 뉴스 기사입니다.")]
    [InlineData("windows-1251", "Москва является столицей России. Сегодня очень хорошая погода, давайте прогуляемся в парке. Это новостная статья.")]
    [InlineData("windows-1250", "Zażółć gęślą jaźń. Warszawa jest stolicą Polski. Dzisiaj jest bardzo ładna pogoda, chodźmy na spacer do parku. Źródło: gazeta.")]
    [InlineData("windows-1252", "Der Bürgermeister von Köln sagte, dass die Straßenbahn über die Brücke fährt. Größere Änderungen folgen später.")]
    public void Decode_DetectsLegacyCharsetsWithoutADeclaration(string charset, string text)
    {
        Assert.Equal(text, TextDecoder.Decode(Legacy(charset, text)));
    }

    [Fact]
    public void Decode_FollowsTheHtmlMetaCharset()
    {
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>東京</p></body></html>";
        Assert.Equal(page, TextDecoder.Decode(Legacy("shift_jis", page)));
    }

    [Fact]
    public void Decode_FollowsTheDeclaredCharsetOverAGuess()
    {
        // "Ę" and "ą" in ISO-8859-2 are other letters in Windows-1252: only the declaration gets them right.
        var text = "Ęą";
        Assert.Equal(text, TextDecoder.Decode(Legacy("iso-8859-2", text), "iso-8859-2"));
    }

    [Fact]
    public void Decode_RepairsMojibakeInUtf8Text()
    {
        Assert.Equal("The café owner said it’s fine.", TextDecoder.Decode(Encoding.UTF8.GetBytes("The cafÃ© owner said itâ€™s fine.")));
    }

    private static byte[] Legacy(string charset, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(charset).GetBytes(text);
    }
}
