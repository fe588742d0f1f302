namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Reads side-by-side columns one after another. w3m lays a page's layout tables out as columns, so a menu or sidebar
/// cell and the story cell share text lines ("Home      The minister said on"); lynx prints cells one below the other.
/// A column layout shows as a gutter: two or more blank columns at the same place on consecutive lines, with text on
/// both sides of it on several of them. Those lines are cut at the gutter and each column's lines are read in turn,
/// so a story cell comes out as the wrapped paragraphs it is.
/// </summary>
public static class ColumnLayout
{
    // Fewer lines with text on both sides are a row of a form or a "label   value" line, not a layout.
    private const int MinSideBySideLines = 3;

    // Wider lines are not a terminal's page layout (minified script, data); they are left alone.
    private const int MaxWidth = 400;

    /// <summary>The lines with every column layout read column after column, and each line's wrap width.</summary>
    /// <param name="text">The dump.</param>
    /// <param name="lines">The dump split at its line feeds (carriage returns may be cut off).</param>
    public static UnfoldedLines Unfold(string text, string[] lines)
    {
        List<string>? output = null;
        List<int>? wraps = null;
        var copied = 0;
        var searched = 0;
        var gaps = new InnerGapLines(text);
        for (var i = gaps.Next(0); i >= 0 && i < lines.Length; i = gaps.Next(i))
        {
            // A run reaches back no further than the last search went: each line is looked at a bounded number of
            // times, where a long page of gapped lines (a CJK portal) took milliseconds.
            var run = ColumnRun.Find(lines, i, searched, MinSideBySideLines, MaxWidth, out var scanned);
            searched = scanned;
            if (run is null)
            {
                i = scanned;
                continue;
            }

            output ??= new List<string>(lines.Length + 16);
            wraps ??= new List<int>(lines.Length + 16);
            for (; copied < run.Start; copied++)
            {
                output.Add(lines[copied]);
                wraps.Add(0);
            }

            run.ReadColumnsInto(output, wraps);
            copied = searched = i = run.End;
        }

        if (output is null || wraps is null)
        {
            return new UnfoldedLines(lines, null);
        }

        for (; copied < lines.Length; copied++)
        {
            output.Add(lines[copied]);
            wraps.Add(0);
        }

        return new UnfoldedLines(output.ToArray(), wraps.ToArray());
    }
}
