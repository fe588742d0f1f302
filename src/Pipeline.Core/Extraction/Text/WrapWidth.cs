namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Detects the column a dump was hard-wrapped at (lynx and w3m wrap near 80 columns; reader apps do not wrap):
/// several lines end within a couple of columns of one width and almost no line goes past it.
/// </summary>
internal static class WrapWidth
{
    private const int LongLine = 40;
    private const int LongestWrap = 200;
    private const int Edge = 2;
    private const int Ragged = 12;
    private const int DefaultWrap = 80;

    /// <summary>The wrap column, or null when the lines were not wrapped.</summary>
    public static int? Detect(ReadOnlySpan<int> lineWidths)
    {
        var widths = LongWidthsDescending(lineWidths);
        var minAtEdge = widths.Length < 10 ? 2 : 3;
        // Past the widest tenth of the lines (one line in a short dump) no candidate can be the edge.
        var maxWider = Math.Max(1, widths.Length / 10);
        for (var i = 0; i + minAtEdge - 1 < widths.Length && i <= maxWider; i++)
        {
            // Widest width with enough lines within a couple of columns of it: stray unbreakable lines are skipped.
            if (widths[i] > LongestWrap || widths[i + minAtEdge - 1] < widths[i] - Edge)
            {
                continue;
            }

            // A few equally long table rows are no wrap edge either: wrapped text leaves many lines just short of it.
            var wrap = widths[i];
            var nearWrap = 0;
            for (var j = i; j < widths.Length && widths[j] >= wrap - Ragged; j++)
            {
                nearWrap++;
            }

            if (nearWrap * 20 >= widths.Length && nearWrap >= 3)
            {
                return wrap;
            }
        }

        return TerminalWidth(widths);
    }

    /// <summary>
    /// Text browsers wrap at 80 columns unless told otherwise: a short dump whose long lines end raggedly just short of
    /// it, with almost none past it, was wrapped there even when too few lines meet one edge to show it.
    /// </summary>
    private static int? TerminalWidth(int[] widths)
    {
        var past = 0;
        var near = 0;
        foreach (var w in widths)
        {
            past += w > DefaultWrap ? 1 : 0;
            near += w is > DefaultWrap - Ragged and <= DefaultWrap ? 1 : 0;
        }

        return near >= 3 && past <= Math.Max(1, widths.Length / 10) ? DefaultWrap : null;
    }

    // An in-place sort of a plain array: ordering through LINQ cost as much as measuring every line's width.
    private static int[] LongWidthsDescending(ReadOnlySpan<int> lineWidths)
    {
        var count = 0;
        foreach (var w in lineWidths)
        {
            count += w >= LongLine ? 1 : 0;
        }

        var widths = new int[count];
        count = 0;
        foreach (var w in lineWidths)
        {
            if (w >= LongLine)
            {
                widths[count++] = w;
            }
        }

        Array.Sort(widths);
        Array.Reverse(widths);
        return widths;
    }
}
