using System.Text;
using System.Text.Unicode;

namespace Pipeline.Core.Reading;

/// <summary>
/// Turns a document's bytes into text. In order: a byte-order mark; the charset the document declares (HTML
/// <c>&lt;meta charset&gt;</c> / <c>http-equiv</c>) or its transport states (the HTTP header in a WARC record); valid UTF-8;
/// otherwise a confident guess (<see cref="CharsetDetector"/>). Mojibake is repaired where unambiguous. Binary or
/// undecodable bytes are refused with a reason.
/// </summary>
public static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.IsEmpty)
        {
            throw new UnreadableInputException("empty input: the file has no bytes");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return MojibakeRepairer.Repair(DecodeUtf8(bytes[3..], "after a UTF-8 byte-order mark"));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: true);
        }

        if (LooksBinary(bytes))
        {
            throw new UnreadableInputException("binary content: control bytes found where text was expected");
        }

        var declared = TextEncodings.Resolve(declaredCharset ?? CharsetDeclarationSniffer.FromHtml(bytes));
        if (declared is not null && TryDecode(declared, bytes) is { } asDeclared)
        {
            return MojibakeRepairer.Repair(asDeclared);
        }

        if (Utf8.IsValid(bytes))
        {
            return MojibakeRepairer.Repair(TextEncodings.StrictUtf8.GetString(bytes));
        }

        if (CharsetDetector.TryDecode(bytes, out var guess) is { } detected)
        {
            return detected;
        }

        throw new UnreadableInputException($"undecodable text: invalid UTF-8 at byte {FirstInvalidUtf8(bytes)}, no usable charset declared, and no confident guess ({guess})");
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // A wrong declaration (often "utf-8" on a legacy page): fall through to the content itself.
            return null;
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string context)
    {
        try
        {
            return TextEncodings.StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableInputException($"undecodable text: invalid UTF-8 at byte {e.Index} {context}");
        }
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        try
        {
            return new UnicodeEncoding(bigEndian, false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableInputException($"undecodable text: invalid UTF-16 at byte {e.Index} after a UTF-16 byte-order mark");
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            TextEncodings.StrictUtf8.GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
    }

    /// <summary>NUL bytes or many C0 controls in the first 8 KiB mean this is not a text document.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C and not 0x1B)
            {
                controls++;
            }
        }

        return controls * 100 > head.Length;
    }
}
