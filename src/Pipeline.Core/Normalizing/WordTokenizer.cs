using System.Text;

namespace Pipeline.Core.Normalizing;

/// <summary>
/// Splits text into words: runs of letters and digits, and each CJK ideograph, kana or Hangul syllable block on its own,
/// because those scripts don't separate words with spaces.
/// </summary>
public static class WordTokenizer
{
    public static IEnumerable<string> Tokenize(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsUnspacedScript(rune))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                yield return rune.ToString();
            }
            else if (IsWordPart(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    public static int Count(string text) => Tokenize(text).Count();

    /// <summary>A rune that continues a word of a spaced script: letter, digit, underscore or combining mark.</summary>
    public static bool IsWordPart(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || rune.Value == '_' || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark;

    public static bool IsUnspacedScript(Rune rune)
    {
        var v = rune.Value;
        return v is >= 0x3040 and <= 0x30FF // Hiragana, Katakana
            or >= 0x3400 and <= 0x4DBF // CJK Extension A
            or >= 0x4E00 and <= 0x9FFF // CJK Unified Ideographs
            or >= 0xF900 and <= 0xFAFF // CJK Compatibility Ideographs
            or >= 0xAC00 and <= 0xD7AF // Hangul syllables
            or >= 0x0E00 and <= 0x0E7F // Thai
            or >= 0x20000 and <= 0x2FA1F; // CJK Extensions B+
    }
}
