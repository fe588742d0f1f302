namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Detects the column a dump was hard-wrapped at (lynx and w3m wrap near 80 columns; reader apps do not wrap):
/// in a wrapped dump most long lines end within a few columns of one width and almost none go past it.
/// </summary>
internal static class WrapWidth
{
    private const int ShortestWrap = 30;
    private const int LongestWrap = 200;

    /// <summary>The wrap column, or null when the lines were not wrapped.</summary>
    public static int? Detect(IReadOnlyList<int> lineWidths)
    {
        var counts = new int[LongestWrap + 2];
        var longLines = 0;
        foreach (var width in lineWidths)
        {
            if (width >= ShortestWrap)
            {
                counts[Math.Min(width, LongestWrap + 1)]++;
                longLines++;
            }
        }

        var mode = ShortestWrap;
        for (var w = ShortestWrap; w <= LongestWrap; w++)
        {
            mode = counts[w] >= counts[mode] ? w : mode;
        }

        if (counts[mode] < 3)
        {
            return null;
        }

        // The widest column still used by a fair share of lines is where the wrapper cut.
        var wrap = mode;
        for (var w = mode + 1; w <= Math.Min(LongestWrap, mode + 6); w++)
        {
            wrap = counts[w] >= Math.Max(2, counts[mode] / 4) ? w : wrap;
        }

        var nearWrap = 0;
        var beyond = 0;
        for (var w = ShortestWrap; w <= LongestWrap + 1; w++)
        {
            nearWrap += w >= wrap - 10 && w <= wrap ? counts[w] : 0;
            beyond += w > wrap + 10 ? counts[w] : 0;
        }

        return nearWrap * 10 >= longLines * 3 && beyond * 10 <= longLines ? wrap : null;
    }
}
