using System.Text;

namespace Pipeline.Core.Reading.Text;

/// <summary>
/// Guesses the charset of bytes that are not UTF-8 and declare none, with UTF.Unknown (a port of Mozilla's uchardet).
/// A guess counts only with reasonable confidence and when it decodes the bytes cleanly (no C1 control characters,
/// the mark of a wrong single-byte guess).
/// </summary>
internal static class CharsetDetector
{
    /// <summary>Lowest UTF.Unknown confidence accepted (it gives ~0.5 for short Latin-1 text, ~0.99 for CJK).</summary>
    public const float MinConfidence = 0.5f;

    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string description)
    {
        if (Detect(bytes, out description) is not { } encoding)
        {
            return null;
        }

        try
        {
            var text = encoding.GetString(bytes);
            return HasC1Controls(text) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The confidently guessed charset as a strict decoder, or null.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes, out string description)
    {
        var sample = bytes[..Math.Min(bytes.Length, 256 * 1024)].ToArray();
        var best = UtfUnknown.CharsetDetector.DetectFromBytes(sample).Detected;
        if (best?.Encoding is null)
        {
            description = "no charset recognised";
            return null;
        }

        description = $"best guess {best.EncodingName} at confidence {best.Confidence:0.00}";
        return best.Confidence < MinConfidence ? null : TextEncodings.Resolve(best.Encoding.WebName);
    }

    private static bool HasC1Controls(string text) => text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') >= 0;
}
