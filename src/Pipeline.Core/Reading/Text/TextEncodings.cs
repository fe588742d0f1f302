using System.Text;

namespace Pipeline.Core.Reading.Text;

/// <summary>Resolves charset labels to strict decoders, with the legacy code pages (GB18030, Big5, Shift_JIS, EUC-KR, Windows-125x) registered.</summary>
internal static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>An encoding that throws on bytes it can't decode, or null for an unknown label.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant() switch
        {
            // As browsers do (WHATWG Encoding): these labels mean Windows-1252, and GB2312/GBK pages are decoded as GB18030.
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" => "gb18030",
            "x-sjis" or "sjis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "utf8" => "utf-8",
            var other => other,
        };

        try
        {
            return name == "utf-8" ? StrictUtf8 : Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
