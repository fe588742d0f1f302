namespace Pipeline.Core.Extraction.Text;

/// <summary>Recognises the bullets text browsers and reader apps put before list items (•, *, +, o, -, ·, ▪, numbers).</summary>
internal static class ListMarker
{
    /// <summary>
    /// The length of the bullet and the space after it at the start of <paramref name="text"/>, or 0.
    /// <paramref name="unambiguous"/> is false for markers that can also start a wrapped line of prose ("o que", "– and").
    /// </summary>
    public static int Length(ReadOnlySpan<char> text, out bool unambiguous)
    {
        unambiguous = false;
        if (text.IsEmpty)
        {
            return 0;
        }

        if (text[0] is '•' or '*' or '+' or '·' or '▪' or '◦' or '‣' or '■' or '□' or '●' or '○' or '-' or '–' or 'o')
        {
            unambiguous = text[0] is not ('-' or '–' or 'o');
            return text.Length == 1 ? 1 : text[1] == ' ' ? 2 : 0;
        }

        // "1. ", "12) " numbered items.
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ' ? digits + 2 : 0;
    }
}
