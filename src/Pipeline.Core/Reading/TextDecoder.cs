using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>Turns an input's bytes into text: BOM first, strict UTF-8 otherwise; binary or undecodable bytes are refused with a reason.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new UnreadableInputException("empty input: the file has no bytes");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new UnicodeEncoding(false, false, true).GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new UnicodeEncoding(true, false, true).GetString(bytes[2..]);
        }

        if (LooksBinary(bytes))
        {
            throw new UnreadableInputException("binary content: control bytes found where text was expected");
        }

        return DecodeStrict(bytes);
    }

    private static string DecodeStrict(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableInputException($"undecodable text: invalid UTF-8 at byte {e.Index}");
        }
    }

    /// <summary>NUL bytes or many C0 controls in the first 8 KiB mean this is not a text document.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        return controls * 100 > head.Length;
    }
}
