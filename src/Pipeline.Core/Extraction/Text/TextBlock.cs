namespace Pipeline.Core.Extraction.Text;

/// <summary>One paragraph-like unit of a dump: hard-wrapped lines joined back together.</summary>
/// <param name="Text">The unwrapped text, without indentation or list marker.</param>
/// <param name="IsListItem">The first line started with a list bullet.</param>
/// <param name="Indent">Columns of indentation of the first line.</param>
/// <param name="LineCount">Dump lines the block was made of.</param>
/// <param name="BlankBefore">A blank line (or the start of the dump) precedes the block.</param>
/// <param name="BlankAfter">A blank line (or the end of the dump) follows the block.</param>
/// <param name="Number">The item's number as printed ("3."), or null: pages often write the number into the text itself
/// ("3. Keep it short"), so the body keeps it, while every judgement of the block reads <paramref name="Text"/> alone.</param>
public sealed record TextBlock(string Text, bool IsListItem, int Indent, int LineCount, bool BlankBefore, bool BlankAfter, string? Number = null)
{
    /// <summary>The block as the body prints it: its number, if any, then its text.</summary>
    public string Printed => Number is null ? Text : Number + " " + Text;
}
