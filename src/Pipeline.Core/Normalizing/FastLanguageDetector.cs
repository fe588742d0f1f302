using System.Text;

namespace Pipeline.Core.Normalizing;

/// <summary>
/// A cheap first stage of language detection, a few microseconds per article: the writing system settles languages
/// that own their script (Hangul, kana, Thai, Greek, Hebrew...), and for Latin script the frequencies of function words
/// over the first hundred words (<see cref="StopwordProfiles"/>) settle the common languages. It answers only when the
/// evidence is clear and returns null otherwise (Cyrillic, Devanagari, short or mixed text, close relatives), for a
/// thorough detector to decide.
/// </summary>
public sealed class FastLanguageDetector : ILanguageDetector
{
    private const int SampleLength = 600;
    private const int MaxWords = 100;
    private const int MaxWordLength = 24;

    /// <summary>Fewer letters than this and neither stage trusts itself.</summary>
    private const int MinLetters = 40;

    /// <summary>Function-word hits the winner needs: at least this many, and this share of the words read.</summary>
    private const int MinHits = 8;
    private const double MinHitShare = 0.1;

    public string? Detect(string text) => Detect(text, null);

    /// <summary>
    /// Also takes a declared Latin-script language when the function words point to it without the usual density (few
    /// function words, e.g. a list-like or very technical text): the declaration settles what the text only suggests.
    /// </summary>
    public string? Detect(string text, string? declared)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        var script = DominantScript(sample, out var letters);
        if (letters < MinLetters)
        {
            return null;
        }

        return script == Script.Latin ? ByFunctionWords(text.AsSpan(0, Math.Min(text.Length, SampleLength * 2)), declared) : ByScript(script, sample);
    }

    private enum Script
    {
        Mixed, Latin, Cyrillic, Greek, Hebrew, Arabic, Han, Kana, Hangul, Thai, Armenian, Georgian, Bengali, Gujarati, Gurmukhi, Tamil, Telugu, Other,
    }

    /// <summary>The script of at least 90% of the sample's letters (kana counts with Han for Japanese), else Mixed.</summary>
    private static Script DominantScript(ReadOnlySpan<char> sample, out int letters)
    {
        Span<int> counts = stackalloc int[(int)Script.Other + 1];
        letters = 0;
        foreach (var rune in sample.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            letters++;
            counts[(int)ScriptOf(rune.Value)]++;
        }

        if (letters == 0)
        {
            return Script.Mixed;
        }

        // Japanese mixes kanji and kana; a tenth of kana is plenty to call it Japanese rather than Chinese.
        var cjk = counts[(int)Script.Han] + counts[(int)Script.Kana];
        if (cjk >= letters * 0.9)
        {
            return counts[(int)Script.Kana] >= cjk * 0.1 ? Script.Kana : counts[(int)Script.Kana] == 0 ? Script.Han : Script.Mixed;
        }

        for (var s = Script.Latin; s < Script.Other; s++)
        {
            if (counts[(int)s] >= letters * 0.9)
            {
                return s;
            }
        }

        return Script.Mixed;
    }

    private static Script ScriptOf(int v) => v switch
    {
        < 0x0250 or >= 0x1E00 and < 0x1F00 => Script.Latin, // Basic Latin to Latin Extended-B, Latin Extended Additional (Vietnamese)
        >= 0x0370 and < 0x0400 or >= 0x1F00 and < 0x2000 => Script.Greek,
        >= 0x0400 and < 0x0530 => Script.Cyrillic,
        >= 0x0530 and < 0x0590 => Script.Armenian,
        >= 0x0590 and < 0x0600 => Script.Hebrew,
        >= 0x0600 and < 0x0700 or >= 0x0750 and < 0x0780 or >= 0xFB50 and < 0xFF00 => Script.Arabic,
        >= 0x0980 and < 0x0A00 => Script.Bengali,
        >= 0x0A00 and < 0x0A80 => Script.Gurmukhi,
        >= 0x0A80 and < 0x0B00 => Script.Gujarati,
        >= 0x0B80 and < 0x0C00 => Script.Tamil,
        >= 0x0C00 and < 0x0C80 => Script.Telugu,
        >= 0x0E00 and < 0x0E80 => Script.Thai,
        >= 0x10A0 and < 0x1100 => Script.Georgian,
        >= 0x1100 and < 0x1200 or >= 0x3130 and < 0x3190 or >= 0xAC00 and < 0xD7B0 => Script.Hangul,
        >= 0x3040 and < 0x3100 or >= 0x31F0 and < 0x3200 or >= 0xFF66 and < 0xFFA0 => Script.Kana,
        >= 0x3400 and < 0x4DC0 or >= 0x4E00 and < 0xA000 or >= 0xF900 and < 0xFB00 or >= 0x20000 and < 0x2FA20 => Script.Han,
        _ => Script.Other,
    };

    /// <summary>Scripts that belong to one language among those a detector knows; the rest are left undecided.</summary>
    private static string? ByScript(Script script, ReadOnlySpan<char> sample) => script switch
    {
        Script.Hangul => "ko",
        Script.Kana => "ja",
        Script.Han => "zh",
        Script.Thai => "th",
        Script.Greek => "el",
        Script.Hebrew => "he",
        Script.Armenian => "hy",
        Script.Georgian => "ka",
        Script.Bengali => "bn",
        Script.Gujarati => "gu",
        Script.Gurmukhi => "pa",
        Script.Tamil => "ta",
        Script.Telugu => "te",
        Script.Arabic => HasPersianOrUrduLetters(sample) ? null : "ar",
        _ => null,
    };

    /// <summary>پ چ ژ گ ک ی and Urdu's ٹ ڈ ڑ ں ھ ے: Arabic itself has none of them, Persian and Urdu use them all the time.</summary>
    private static bool HasPersianOrUrduLetters(ReadOnlySpan<char> sample) =>
        sample.IndexOfAny("\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06D2") >= 0;

    /// <summary>
    /// Counts, per language, the first hundred words that are among its function words. The winner must have enough
    /// hits and lead the runner-up clearly; a few telltale words of a guard language (a close relative not decided here)
    /// mean undecided.
    /// </summary>
    private static string? ByFunctionWords(ReadOnlySpan<char> text, string? declared)
    {
        Span<int> hits = stackalloc int[StopwordProfiles.Count];
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        var words = 0;
        var tooLong = false;
        for (var i = 0; i <= text.Length && words < MaxWords; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c) || (c >= 0x0300 && c < 0x0370))
            {
                if (length < MaxWordLength)
                {
                    word[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    tooLong = true;
                }

                continue;
            }

            if (length == 0)
            {
                continue;
            }

            words++;
            if (!tooLong && StopwordProfiles.Lookup.TryGetValue(Nfc(word[..length]), out var mask))
            {
                for (; mask != 0; mask &= mask - 1)
                {
                    hits[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
                }
            }

            length = 0;
            tooLong = false;
        }

        int best = -1, second = -1, guard = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            if ((StopwordProfiles.Decidable & (1u << i)) == 0)
            {
                guard = Math.Max(guard, hits[i]);
            }
            else if (best < 0 || hits[i] > hits[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || hits[i] > hits[second])
            {
                second = i;
            }
        }

        var top = hits[best];
        var leads = top - hits[second] >= Math.Max(3, top * 0.15) && guard < Math.Max(2, top / 8);
        if (leads && top >= MinHits && top >= words * MinHitShare)
        {
            return StopwordProfiles.Codes[best];
        }

        // Too few function words to decide alone, but they agree with what the source says.
        var confirms = leads && top >= MinHits / 2 && string.Equals(declared, StopwordProfiles.Codes[best], StringComparison.OrdinalIgnoreCase);
        return confirms ? StopwordProfiles.Codes[best] : null;
    }

    /// <summary>Function words are listed composed; a decomposed accent (e + U+0301) is recomposed only in the rare case it occurs.</summary>
    private static ReadOnlySpan<char> Nfc(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c >= 0x0300 && c < 0x0370)
            {
                return new string(word).Normalize(NormalizationForm.FormC);
            }
        }

        return word;
    }
}
