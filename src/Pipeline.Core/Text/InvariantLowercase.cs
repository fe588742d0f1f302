using System.Globalization;

namespace Pipeline.Core.Text;

/// <summary>
/// Invariant lower-casing that asks ICU only for the characters that have a lower case: the span overload hands
/// everything after the first non-ASCII character (a curly quote, a dash) to ICU, which cost text dumps 5% of their time.
/// </summary>
public static class InvariantLowercase
{
    /// <summary>Writes <paramref name="source"/> lower-cased into <paramref name="destination"/>, as long as the source.</summary>
    public static void Into(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            destination[i] = char.IsAscii(c) ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : HasLowercase(c) ? char.ToLowerInvariant(c) : c;
        }
    }

    // Unicode gives a lower-case mapping only to upper-case and title-case letters, Roman numerals and circled letters.
    private static bool HasLowercase(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.LetterNumber or UnicodeCategory.OtherSymbol;
}
