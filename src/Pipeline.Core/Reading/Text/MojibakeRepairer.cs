using System.Buffers;
using System.Text;

namespace Pipeline.Core.Reading.Text;

/// <summary>
/// Undoes the commonest mojibake: UTF-8 bytes that were decoded as Windows-1252 and saved again ("CafÃ©", "itâ€™s").
/// The repair is taken only when it is unambiguous: the whole text re-encodes as Windows-1252, those bytes are valid
/// UTF-8, and no mojibake marker is left. Text mixing real accents with mojibake is left as it is.
/// </summary>
public static class MojibakeRepairer
{
    // A UTF-8 lead byte shown as 1252 (Ã Â Ä Å â ã ä å) followed by a continuation byte shown as 1252 (0x80-0xBF).
    private static readonly SearchValues<char> Leads = SearchValues.Create("ÃÂÄÅâãäåÐÑØÙ");
    private static readonly Lazy<Encoding> Windows1252 = new(() => TextEncodings.Resolve("windows-1252")!);

    public static string Repair(string text)
    {
        if (CountMarkers(text) == 0)
        {
            return text;
        }

        try
        {
            var repaired = TextEncodings.StrictUtf8.GetString(Windows1252.Value.GetBytes(text));
            return CountMarkers(repaired) == 0 ? repaired : text;
        }
        catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException)
        {
            return text;
        }
    }

    private static int CountMarkers(ReadOnlySpan<char> text)
    {
        var count = 0;
        int index;
        while ((index = text.IndexOfAny(Leads)) >= 0 && index + 1 < text.Length)
        {
            if (IsContinuation(text[index + 1]))
            {
                count++;
            }

            text = text[(index + 1)..];
        }

        return count;
    }

    /// <summary>A byte 0x80-0xBF as Windows-1252 shows it: Latin-1 0xA0-0xBF, or the 1252 punctuation at 0x80-0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).</summary>
    private static bool IsContinuation(char c) =>
        c is >= '\u00A0' and <= '\u00BF' or >= '\u0080' and <= '\u009F' || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".Contains(c);
}
