using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Dedup;

/// <summary>
/// The distinct word n-grams of a text as 64-bit hashes. Words are those of <see cref="WordTokenizer"/>, lower-cased,
/// so each CJK/kana/Hangul/Thai character is a word and unspaced scripts shingle as character n-grams
/// without needing a word segmenter. Texts shorter than one shingle give one shingle of all their words.
/// </summary>
public sealed class ShingleSet
{
    private static readonly char[] LowerCase = new char[char.MaxValue + 1];

    private ShingleSet(ulong[] hashes) => Hashes = hashes;

    /// <summary>Distinct shingle hashes, in no particular order.</summary>
    public IReadOnlyList<ulong> Hashes { get; }

    public int Count => Hashes.Count;

    internal ReadOnlySpan<ulong> Span => (ulong[])Hashes;

    public static ShingleSet Of(string text, int shingleSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        var words = CollectionsMarshal.AsSpan(WordHashes(text));
        if (words.IsEmpty)
        {
            return new ShingleSet([]);
        }

        var shingles = new ulong[Math.Max(1, words.Length - shingleSize + 1)];
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(words.Slice(i, Math.Min(shingleSize, words.Length))));
        }

        return new ShingleSet(Distinct(shingles));
    }

    /// <summary>The distinct values, by open addressing: several times faster than a HashSet for this one job.</summary>
    private static ulong[] Distinct(ulong[] values)
    {
        var table = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)values.Length * 2)];
        var mask = table.Length - 1;
        var hasZero = false;
        var count = 0;
        foreach (var value in values)
        {
            if (value == 0)
            {
                // 0 marks an empty slot, so it is tracked apart.
                count += hasZero ? 0 : 1;
                hasZero = true;
                continue;
            }

            // The values are already hashes: their low bits are a good slot.
            var slot = (int)value & mask;
            while (table[slot] != 0 && table[slot] != value)
            {
                slot = (slot + 1) & mask;
            }

            if (table[slot] == 0)
            {
                table[slot] = value;
                count++;
            }
        }

        var distinct = new ulong[count];
        var next = 0;
        if (hasZero)
        {
            next++;
        }

        foreach (var value in table)
        {
            if (value != 0)
            {
                distinct[next++] = value;
            }
        }

        return distinct;
    }

    /// <summary>
    /// One hash per word, the words of <see cref="WordTokenizer"/> lower-cased: FNV-1a folded in as the characters go by,
    /// with an ASCII fast path, instead of strings and runes, because this runs on every article body.
    /// </summary>
    private static List<ulong> WordHashes(string text)
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
