using System.Buffers;
using System.Text;

namespace Pipeline.Core.Text;

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
                Append(word, rune);
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

    /// <summary>The words of <paramref name="text"/>, as <see cref="Tokenize"/> yields them, as slices of it.</summary>
    public static WordEnumerator Words(ReadOnlySpan<char> text) => new(text);

    /// <summary>The number of words, without making a string per word (this runs on every article body).</summary>
    public static int Count(string text) => Walk(text, []);

    /// <summary>
    /// Whether <paramref name="text"/> has at most <paramref name="words"/> words, as <c>Count(text) &lt;= words</c>:
    /// the walk stops at the first word too many, so a long paragraph is not read to its end.
    /// </summary>
    public static bool HasAtMost(string text, int words)
    {
        var length = 0;
        return Walk(text, [], ref length, words) <= words;
    }

    /// <summary>The words joined by single spaces, as <c>string.Join(' ', Tokenize(text))</c>, without a string per word.</summary>
    public static string Canonical(string text)
    {
        // Each character yields at most itself and one space.
        var buffer = ArrayPool<char>.Shared.Rent((text.Length * 2) + 1);
        try
        {
            var length = 0;
            Walk(text, buffer, ref length);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

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

    private static int Walk(string text, Span<char> destination)
    {
        var length = 0;
        return Walk(text, destination, ref length);
    }

    /// <summary>
    /// The tokenizer's rules over spans: counts the words and, when <paramref name="destination"/> is not empty, writes
    /// them space-separated. Lone surrogates are U+FFFD, a separator, as in <see cref="string.EnumerateRunes"/>.
    /// Stops as soon as there are more than <paramref name="limit"/> words.
    /// </summary>
    private static int Walk(string text, Span<char> destination, ref int length, int limit = int.MaxValue)
    {
        var write = !destination.IsEmpty;
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c < 0x80)
            {
                // ASCII, most of most articles: no rune decoding, no Unicode tables.
                if (char.IsAsciiLetterOrDigit(c) || c == '_')
                {
                    if (!inWord)
                    {
                        if (write && words > 0)
                        {
                            destination[length++] = ' ';
                        }

                        words++;
                        inWord = true;
                        if (words > limit)
                        {
                            return words;
                        }
                    }

                    if (write)
                    {
                        destination[length++] = c;
                    }
                }
                else
                {
                    inWord = false;
                }

                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }

            var unspaced = IsUnspacedScript(rune);
            var part = !unspaced && IsWordPart(rune);
            if (unspaced || (part && !inWord))
            {
                // A word starts here.
                if (write && words > 0)
                {
                    destination[length++] = ' ';
                }

                words++;
                if (words > limit)
                {
                    return words;
                }
            }

            if (unspaced || part)
            {
                if (write)
                {
                    text.AsSpan(i, consumed).CopyTo(destination[length..]);
                    length += consumed;
                }

                inWord = part;
            }
            else
            {
                inWord = false;
            }

            i += consumed;
        }

        return words;
    }

    private static void Append(StringBuilder builder, Rune rune)
    {
        if (rune.IsBmp)
        {
            builder.Append((char)rune.Value);
        }
        else
        {
            Span<char> pair = stackalloc char[2];
            builder.Append(pair[..rune.EncodeToUtf16(pair)]);
        }
    }
}
