namespace Pipeline.Core.Extraction.Text;

/// <summary>One paragraph-like unit of a dump: hard-wrapped lines joined back together.</summary>
/// <param name="Text">The unwrapped text, without indentation or list marker.</param>
/// <param name="IsListItem">The first line started with a list bullet.</param>
/// <param name="Indent">Columns of indentation of the first line.</param>
/// <param name="LineCount">Dump lines the block was made of.</param>
/// <param name="BlankBefore">A blank line (or the start of the dump) precedes the block.</param>
/// <param name="BlankAfter">A blank line (or the end of the dump) follows the block.</param>
public sealed record TextBlock(string Text, bool IsListItem, int Indent, int LineCount, bool BlankBefore, bool BlankAfter);
