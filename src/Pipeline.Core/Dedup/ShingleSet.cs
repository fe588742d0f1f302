using System.IO.Hashing;
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
    private ShingleSet(ulong[] hashes) => Hashes = hashes;

    /// <summary>Distinct shingle hashes, in no particular order.</summary>
    public IReadOnlyList<ulong> Hashes { get; }

    public int Count => Hashes.Count;

    internal ReadOnlySpan<ulong> Span => (ulong[])Hashes;

    public static ShingleSet Of(string text, int shingleSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        var words = WordHashes(text);
        var shingles = new HashSet<ulong>(Math.Max(0, words.Count - shingleSize + 1));
        var span = CollectionsMarshal.AsSpan(words);
        if (span.Length is > 0 && span.Length < shingleSize)
        {
            shingles.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(span)));
        }

        for (var i = 0; i + shingleSize <= span.Length; i++)
        {
            shingles.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(span.Slice(i, shingleSize))));
        }

        return new ShingleSet([.. shingles]);
    }

    /// <summary>One hash per word; spans instead of strings because this runs on every article body.</summary>
    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 5);
        Span<char> buffer = stackalloc char[256];
        var length = 0;
        Span<char> lower = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (WordTokenizer.IsUnspacedScript(rune))
            {
                Flush(hashes, buffer, ref length);
                var written = Rune.ToLowerInvariant(rune).EncodeToUtf16(lower);
                hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(lower[..written])));
            }
            else if (WordTokenizer.IsWordPart(rune))
            {
                var written = Rune.ToLowerInvariant(rune).EncodeToUtf16(lower);
                if (length + written <= buffer.Length)
                {
                    // Longer "words" (URLs, base64) are cut: they still hash the same in every copy.
                    lower[..written].CopyTo(buffer[length..]);
                    length += written;
                }
            }
            else
            {
                Flush(hashes, buffer, ref length);
            }
        }

        Flush(hashes, buffer, ref length);
        return hashes;
    }

    private static void Flush(List<ulong> hashes, ReadOnlySpan<char> word, ref int length)
    {
        if (length > 0)
        {
            hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word[..length])));
            length = 0;
        }
    }
}
