namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// A block that says the same thing twice in a row ("Skitour im Mondschein Skitour im Mondschein"): a text browser
/// printing a picture's alt text next to its caption, or a teaser's image title next to its headline. Article text never
/// repeats itself that way.
/// </summary>
internal static class DoubledText
{
    private const int MinLength = 10;

    public static bool Is(string text)
    {
        var length = text.Length;
        if (length < MinLength || length % 2 == 0)
        {
            return false;
        }

        var half = length / 2;
        return text[half] == ' ' && text.AsSpan(0, half).SequenceEqual(text.AsSpan(half + 1));
    }
}
