namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// A block that says the same thing twice in a row ("Skitour im Mondschein Skitour im Mondschein"), or opens that way
/// ("Gasly: I want to fight for the title Gasly: I want to fight for the title 01.01.2022 - Pierre Gasly had..."): a text
/// browser printing a picture's alt text next to its caption, or a teaser's image title or link next to its headline and
/// blurb. Article text never repeats itself that way.
/// </summary>
internal static class DoubledText
{
    private const int MinLength = 10;

    /// <summary>An opening said twice is a phrase of at least this many characters and three words, not a stammer.</summary>
    private const int MinOpening = 20;

    private const int MinOpeningWords = 3;

    /// <summary>Alt texts and headlines are short; no longer opening is looked for.</summary>
    private const int MaxOpening = 200;

    public static bool Is(string text)
    {
        var length = text.Length;
        if (length < MinLength)
        {
            return false;
        }

        var half = length / 2;
        return length % 2 == 1 && text[half] == ' ' && text.AsSpan(0, half).SequenceEqual(text.AsSpan(half + 1));
    }

    /// <param name="text">The block's text.</param>
    /// <param name="headline">Only an opening that is no sentence (a headline or alt text) counts.</param>
    public static bool OpensTwice(string text, bool headline = false)
    {
        var span = text.AsSpan();
        var words = 1;
        for (var k = 1; k <= MaxOpening && 2 * k + 1 <= span.Length; k++)
        {
            if (span[k] != ' ')
            {
                continue;
            }

            if (k >= MinOpening && words >= MinOpeningWords && span[k + 1] == span[0]
                && (2 * k + 1 == span.Length || span[2 * k + 1] == ' ')
                && span[..k].SequenceEqual(span.Slice(k + 1, k))
                && !(headline && ".!?".Contains(span[k - 1])))
            {
                return true;
            }

            words++;
        }

        return false;
    }
}
