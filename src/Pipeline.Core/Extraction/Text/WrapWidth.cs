namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Detects the column a dump was hard-wrapped at (lynx and w3m wrap near 80 columns; reader apps do not wrap):
/// in a wrapped dump a large share of the long lines end within a few columns of one width and almost none go past it.
/// </summary>
internal static class WrapWidth
{
    private const int ShortestWrap = 30;
    private const int Window = 10;

    /// <summary>The wrap column, or null when the lines were not wrapped.</summary>
    public static int? Detect(IReadOnlyList<int> lineWidths)
    {
        var widths = lineWidths.Where(w => w >= ShortestWrap).Order().ToArray();
        if (widths.Length < 2)
        {
            return null;
        }

        // The window of widths holding the most lines is the wrapped lines' ragged edge.
        int bestCount = 0, bestHigh = 0, low = 0;
        for (var high = 0; high < widths.Length; high++)
        {
            while (widths[low] < widths[high] - Window)
            {
                low++;
            }

            if (high - low + 1 > bestCount)
            {
                (bestCount, bestHigh) = (high - low + 1, high);
            }
        }

        // Its widest width still used by several lines is where the wrapper cut; a stray unbreakable line is not.
        var minUses = Math.Max(1, bestCount / 20);
        var wrap = widths[bestHigh];
        for (var i = bestHigh; i >= 0 && widths[i] >= widths[bestHigh] - Window; i--)
        {
            var uses = 1;
            while (i > 0 && widths[i - 1] == widths[i])
            {
                (uses, i) = (uses + 1, i - 1);
            }

            if (uses >= minUses)
            {
                wrap = widths[i];
                break;
            }
        }

        var beyond = widths.Count(w => w > wrap + Window);
        return bestCount * 10 >= widths.Length * 3 && beyond * 10 <= widths.Length ? wrap : null;
    }
}
