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

    /// <summary>A teaser's date and section label stand between its image title and its headline: a few words at most.</summary>
    private const int MaxLabelBetween = 40;

    /// <summary>
    /// A headline (no sentence) that opens the block and is printed again after a short label ("Gasly: I want to fight
    /// 01.01.2022 - Formula 1 Gasly: I want to fight ..."): a teaser's image title, date and headline.
    /// </summary>
    public static bool OpensAgainAfterLabel(string text)
    {
        var span = text.AsSpan();
        if (span.Length < 2 * MinOpening + 1)
        {
            return false;
        }

        // One vectorized search for the opening's first characters; the rest is compared only where they recur.
        var from = MinOpening + 1;
        var within = Math.Min(span.Length, MaxOpening + MaxLabelBetween + MinOpening + 1) - from;
        var found = span.Slice(from, within).IndexOf(span[..MinOpening], StringComparison.Ordinal);
        if (found < 0)
        {
            return false;
        }

        var again = from + found;
        var common = span[..again].CommonPrefixLength(span[again..]);
        // The opening ends at a word's end in both places.
        var end = common;
        while (end > 0 && !(span[end - 1] != ' ' && (end == span.Length || span[end] == ' ') && (again + end == span.Length || span[again + end] == ' ')))
        {
            end--;
        }

        // The label is shorter than the headline and ends no sentence: prose that names its subject again
        // ("The central bank raised rates. The central bank said ...") has a sentence between.
        var opening = span[..end];
        var label = span[end..again].Trim();
        return end >= MinOpening && label.Length <= Math.Min(MaxLabelBetween, end) && opening.Count(' ') + 1 >= MinOpeningWords
            && !".!?".Contains(opening[^1]) && (label.IsEmpty || !".!?".Contains(label[^1]));
    }
}
