using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Whether a short block carries values rather than naming something: a table row ("3  Kim Lee  2:41.5  12"),
/// an enumeration ("lettuce, tomatoes, feta"), or quantities with a separator ("2 cups rice, 1 egg", "Serves: 4").
/// Headlines, captions and tag lines have none of these.
/// </summary>
internal static class ItemShape
{
    private const int MinWords = 3;
    private const int EnumerationCommas = 2;

    public static bool IsItem(string text)
    {
        if (TableRowShape.IsTableRow(text))
        {
            return true;
        }

        if (BlockShape.Of(text).Words < MinWords)
        {
            return false;
        }

        var separators = text.Count(c => c is ',' or ';');
        return separators >= EnumerationCommas || text.Any(char.IsAsciiDigit) && (separators > 0 || HasLabel(text));
    }

    /// <summary>"Label: value", the colon followed by something.</summary>
    private static bool HasLabel(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && colon + 2 < text.Length;
    }
}
