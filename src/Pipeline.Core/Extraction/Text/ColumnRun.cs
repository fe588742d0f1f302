namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Consecutive dump lines that share a gutter: columns blank on every line of the run, with text on both sides on
/// some of them. Found from a line with a gap in it; the gap's columns that stay blank line after line are the gutter.
/// </summary>
internal sealed class ColumnRun
{
    private readonly LineCells[] cells;
    private readonly int[] cuts;

    private ColumnRun(int start, LineCells[] cells, int[] cuts) => (Start, this.cells, this.cuts) = (start, cells, cuts);

    public int Start { get; }

    public int End => Start + cells.Length;

    /// <summary>
    /// The run through line <paramref name="at"/>, reaching back no further than <paramref name="floor"/>, or null when
    /// fewer than <paramref name="minSideBySide"/> of its lines hold text on both sides of a gutter.
    /// </summary>
    /// <param name="scanned">The line the search stopped at: no run starts on the lines before it that this one did not
    /// find, and skipping them keeps a page of many "label    value" lines from being scanned over and over.</param>
    public static ColumnRun? Find(string[] lines, int at, int floor, int minSideBySide, int maxWidth, out int scanned)
    {
        scanned = at + 1;
        var first = LineCells.Of(lines[at]);
        if (first.Width > maxWidth || GapColumns(first) is not { } gutter)
        {
            return null;
        }

        var end = at + 1;
        var straddling = 1;
        for (; end < lines.Length && Narrow(gutter, lines[end], maxWidth, out var straddles); end++)
        {
            straddling += straddles ? 1 : 0;
        }

        scanned = end;
        // Most gaps are a "label    value" line or two: they end here, before any column is measured.
        if (straddling < minSideBySide)
        {
            return null;
        }

        // Lines above that leave the gutter blank belong to the run too (a story cell may start above its sidebar),
        // looked for only once the lines below make a layout, so a page of "label   value" lines costs one pass.
        if (SideBySide(lines, at, end, Cuts(gutter), out _, out _) < minSideBySide)
        {
            return null;
        }

        var start = at;
        while (start > floor && Narrow(gutter, lines[start - 1], maxWidth, out _))
        {
            start--;
        }

        var cuts = Cuts(gutter);
        if (SideBySide(lines, start, end, cuts, out var firstRight, out var lastRight) < minSideBySide)
        {
            return null;
        }

        // Lines before the first and after the last line with text right of the gutter are left alone: they read the
        // same either way, and a run reaching over them would carry the columns past them.
        var run = new LineCells[lastRight - firstRight + 1];
        for (var k = 0; k < run.Length; k++)
        {
            run[k] = LineCells.Of(lines[firstRight + k]);
        }

        return new ColumnRun(firstRight, run, cuts);
    }

    /// <summary>Appends each column's lines in turn, a blank line after each, with the column's width as wrap edge.</summary>
    public void ReadColumnsInto(List<string> output, List<int> wraps)
    {
        for (var c = 0; c + 1 < cuts.Length; c++)
        {
            var from = output.Count;
            var width = 0;
            foreach (var line in cells)
            {
                var text = line.Slice(cuts[c], cuts[c + 1]);
                output.Add(text);
                width = Math.Max(width, DisplayWidth.Of(text));
            }

            for (var k = from; k < output.Count; k++)
            {
                wraps.Add(width);
            }

            output.Add("");
            wraps.Add(0);
        }
    }

    /// <summary>
    /// Lines holding text in two columns or more, and the first and last line with text right of a gutter; 0 when a
    /// column is mostly numbers or labels ("Director:"): that is a data table (a score sheet, a recipe's quantities, a
    /// fact box), whose rows read across.
    /// </summary>
    private static int SideBySide(string[] lines, int start, int end, int[] cuts, out int firstRight, out int lastRight)
    {
        var sideBySide = 0;
        (firstRight, lastRight) = (-1, -1);
        var filled = new int[cuts.Length - 1];
        var rowHeads = new int[cuts.Length - 1];
        for (var k = start; k < end; k++)
        {
            var line = LineCells.Of(lines[k]);
            var columns = 0;
            for (var c = 0; c + 1 < cuts.Length; c++)
            {
                var x = line.FirstTextIn(cuts[c], cuts[c + 1]);
                if (x < 0)
                {
                    continue;
                }

                columns++;
                filled[c]++;
                rowHeads[c] += char.IsDigit(line.At(x)) || line.Slice(x, cuts[c + 1]).EndsWith(':') ? 1 : 0;
                if (c > 0)
                {
                    firstRight = firstRight < 0 ? k : firstRight;
                    lastRight = k;
                }
            }

            sideBySide += columns >= 2 ? 1 : 0;
        }

        for (var c = 0; c < filled.Length; c++)
        {
            if (filled[c] >= 2 && rowHeads[c] * 2 >= filled[c])
            {
                return 0;
            }
        }

        return sideBySide;
    }

    /// <summary>Columns blank on the line together with the column before them, between its first and last text.</summary>
    private static List<int>? GapColumns(LineCells line)
    {
        var firstText = 0;
        while (firstText < line.Width && line.IsBlankAt(firstText))
        {
            firstText++;
        }

        List<int>? gutter = null;
        for (var c = firstText + 2; c < line.Width; c++)
        {
            if (line.IsGapAt(c))
            {
                gutter ??= new List<int>();
                gutter.Add(c);
            }
        }

        return gutter;
    }

    /// <summary>
    /// Whether the line leaves part of the gutter blank; if so the gutter narrows to that part. A line that crosses
    /// all of it (a heading over the whole page) ends the run.
    /// </summary>
    /// <param name="straddles">The line has text on both sides of the gutter as it stands.</param>
    private static bool Narrow(List<int> gutter, string text, int maxWidth, out bool straddles)
    {
        straddles = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var line = LineCells.Of(text);
        if (line.Width > maxWidth)
        {
            return false;
        }

        var any = false;
        for (var k = 0; k < gutter.Count && !any; k++)
        {
            any = line.IsGapAt(gutter[k]);
        }

        if (!any)
        {
            return false;
        }

        var kept = 0;
        for (var k = 0; k < gutter.Count; k++)
        {
            if (line.IsGapAt(gutter[k]))
            {
                gutter[kept++] = gutter[k];
            }
        }

        gutter.RemoveRange(kept, gutter.Count - kept);
        straddles = line.Width - 1 > gutter[0] && line.Indent < gutter[^1];
        return true;
    }

    /// <summary>Where columns start: 0, then the column after each stretch of gutter, then past any line's end.</summary>
    private static int[] Cuts(List<int> gutter)
    {
        var cuts = new List<int> { 0 };
        for (var k = 0; k < gutter.Count; k++)
        {
            if (k + 1 == gutter.Count || gutter[k + 1] != gutter[k] + 1)
            {
                cuts.Add(gutter[k] + 1);
            }
        }

        cuts.Add(int.MaxValue);
        return cuts.ToArray();
    }
}
