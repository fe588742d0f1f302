using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Pipeline.Core.Reading.Text;

/// <summary>
/// Turns a document's bytes into text. In order: a byte-order mark; the charset the document declares (HTML
/// <c>&lt;meta charset&gt;</c> / <c>http-equiv</c>) or its transport states (the HTTP header in a WARC record); valid UTF-8;
/// otherwise a confident guess (<see cref="CharsetDetector"/>). Mojibake is repaired where unambiguous. UTF-8 with a few
/// bad bytes (a truncated character, a stray Latin-1 byte: at most <see cref="ReaderOptions.MaxInvalidByteFraction"/> of
/// the input) is kept, the bad bytes replaced with U+FFFD and counted; binary or otherwise undecodable bytes are refused
/// with a reason.
/// </summary>
public static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null) =>
        DecodeCounting(bytes, declaredCharset, ReaderOptions.DefaultMaxInvalidByteFraction).Text;

    /// <summary>The text, and how many bytes could not be decoded and were replaced with U+FFFD (0 for a clean decode).</summary>
    public static DecodedText DecodeCounting(ReadOnlySpan<byte> bytes, string? declaredCharset, double maxInvalidFraction)
    {
        if (bytes.IsEmpty)
        {
            throw new UnreadableInputException("empty input: the file has no bytes");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(bytes[3..], "after a UTF-8 byte-order mark", maxInvalidFraction);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(DecodeUtf16(bytes[2..], bigEndian: false), 0);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(DecodeUtf16(bytes[2..], bigEndian: true), 0);
        }

        if (LooksBinary(bytes))
        {
            throw new UnreadableInputException("binary content: control bytes found where text was expected");
        }

        var declared = TextEncodings.Resolve(declaredCharset ?? CharsetDeclarationSniffer.FromHtml(bytes));
        if (declared is not null && TryDecode(declared, bytes) is { } asDeclared)
        {
            return new DecodedText(MojibakeRepairer.Repair(asDeclared), 0);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(MojibakeRepairer.Repair(TextEncodings.StrictUtf8.GetString(bytes)), 0);
        }

        // UTF-8 with a few bad bytes (it has multibyte characters, so it is not a legacy charset) stays UTF-8: a guess
        // would garble every accented letter to save one broken one.
        var (invalid, multibyte) = CountUtf8(bytes);
        var fewInvalid = invalid <= maxInvalidFraction * bytes.Length;
        if (fewInvalid && multibyte > invalid)
        {
            return Replaced(bytes, invalid);
        }

        if (CharsetDetector.TryDecode(bytes, out var guess) is { } detected)
        {
            return new DecodedText(detected, 0);
        }

        if (fewInvalid)
        {
            return Replaced(bytes, invalid);
        }

        throw new UnreadableInputException($"undecodable text: invalid UTF-8 at byte {FirstInvalidUtf8(bytes)} ({invalid} bad bytes, more than {maxInvalidFraction:P1} of the input), no usable charset declared, and no confident guess ({guess})");
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

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes, string context, double maxInvalidFraction)
    {
        try
        {
            return new DecodedText(MojibakeRepairer.Repair(TextEncodings.StrictUtf8.GetString(bytes)), 0);
        }
        catch (DecoderFallbackException e)
        {
            var (invalid, _) = CountUtf8(bytes);
            if (invalid <= maxInvalidFraction * bytes.Length)
            {
                return Replaced(bytes, invalid);
            }

            throw new UnreadableInputException($"undecodable text: invalid UTF-8 at byte {e.Index} {context} ({invalid} bad bytes, more than {maxInvalidFraction:P1} of the input)");
        }
    }

    private static DecodedText Replaced(ReadOnlySpan<byte> bytes, int invalid) =>
        new(MojibakeRepairer.Repair(Encoding.UTF8.GetString(bytes)), invalid);

    /// <summary>Bytes in invalid UTF-8 sequences, and valid characters of two or more bytes.</summary>
    private static (int Invalid, int Multibyte) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int invalid = 0, multibyte = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multibyte++;
            }
            else
            {
                invalid += consumed;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return (invalid, multibyte);
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
