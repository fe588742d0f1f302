namespace Pipeline.Core.Cleaning;

/// <summary>A line of a text-rendered table: columns aligned with runs of two or more spaces, at least twice.</summary>
public static class TableRowShape
{
    private const int MinGaps = 2;

    public static bool IsTableRow(string text)
    {
        var gaps = 0;
        for (var i = text.IndexOf("  ", StringComparison.Ordinal); i >= 0 && gaps < MinGaps; i = text.IndexOf("  ", i, StringComparison.Ordinal))
        {
            gaps++;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        return gaps >= MinGaps;
    }
}
