namespace Pipeline.Core.Extraction.Text;

/// <summary>A dump's lines after column layouts were read column by column.</summary>
/// <param name="Lines">The lines in reading order.</param>
/// <param name="ColumnWraps">Per line, the width of the column it came from (its wrap edge), or 0 for a line of the
/// page's own width; null when the dump had no column layout.</param>
public sealed record UnfoldedLines(string[] Lines, int[]? ColumnWraps);
