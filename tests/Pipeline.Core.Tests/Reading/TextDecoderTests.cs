using System.Text;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

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
    public void Decode_RefusesInvalidUtf8AndSaysWhere()
    {
        var error = Assert.Throws<UnreadableInputException>(() => TextDecoder.Decode([0x61, 0x62, 0xC3, 0x28]));
        Assert.Contains("invalid UTF-8 at byte 2", error.Reason);
    }
}
