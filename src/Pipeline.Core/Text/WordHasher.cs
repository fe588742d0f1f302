using System.Text;

namespace Pipeline.Core.Text;

/// <summary>Hashes the words of a text for shingling, without making a string per word.</summary>
internal static class WordHasher
{
    private static readonly char[] LowerCase = new char[char.MaxValue + 1];

    /// <summary>
    /// One hash per word, the words of <see cref="WordTokenizer"/> lower-cased: FNV-1a folded in as the characters go by,
    /// with an ASCII fast path, instead of strings and runes, because this runs on every article body.
    /// </summary>
    public static List<ulong> HashWords(string text)
    {
        const ulong offsetBasis = 0xCBF29CE484222325UL;
        const ulong prime = 0x100000001B3UL;
        var hashes = new List<ulong>(text.Length / 6);
        var hash = offsetBasis;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c) || c == '_')
                {
                    hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * prime;
                    inWord = true;
                }
                else
                {
                    EndWord(hashes, ref hash, ref inWord);
                }

                continue;
            }

            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                EndWord(hashes, ref hash, ref inWord);
                continue;
            }

            i += consumed - 1;
            var isUnspaced = WordTokenizer.IsUnspacedScript(rune);
            if (isUnspaced)
            {
                EndWord(hashes, ref hash, ref inWord);
            }

            if (isUnspaced || WordTokenizer.IsWordPart(rune))
            {
                if (consumed == 1)
                {
                    hash = (hash ^ ToLower(c)) * prime;
                }
                else
                {
                    var lowered = Rune.ToLowerInvariant(rune).Value;
                    hash = (hash ^ (uint)(lowered >> 16)) * prime;
                    hash = (hash ^ (uint)(lowered & 0xFFFF)) * prime;
                }

                inWord = true;
            }
            else
            {
                EndWord(hashes, ref hash, ref inWord);
            }

            if (isUnspaced)
            {
                // Each character of an unspaced script is a word of its own.
                EndWord(hashes, ref hash, ref inWord);
            }
        }

        EndWord(hashes, ref hash, ref inWord);
        return hashes;
    }

    /// <summary>Lower-cases a BMP character through a table filled on first use: casing a rune at a time goes to ICU, several times slower.</summary>
    private static char ToLower(char c)
    {
        var lowered = LowerCase[c];
        if (lowered == '\0')
        {
            // Racing writers store the same value.
            lowered = LowerCase[c] = char.ToLowerInvariant(c);
        }

        return lowered;
    }

    private static void EndWord(List<ulong> hashes, ref ulong hash, ref bool inWord)
    {
        if (inWord)
        {
            hashes.Add(hash);
            hash = 0xCBF29CE484222325UL;
            inWord = false;
        }
    }
}
