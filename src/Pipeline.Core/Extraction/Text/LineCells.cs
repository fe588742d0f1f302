namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// A dump line addressed by terminal column rather than by character: a browser lays table columns out by display
/// width, and an East Asian wide character takes two columns.
/// </summary>
internal readonly struct LineCells
{
    private readonly string line;

    // Column -> index of the character drawn there (-1 for the second half of a wide character); null when every
    // character takes one column, which is nearly every line and then costs nothing.
    private readonly int[]? charAt;

    private LineCells(string line, int[]? charAt, int width) => (this.line, this.charAt, Width) = (line, charAt, width);

    public int Width { get; }

    /// <summary>Columns before the first text (spaces take one column each).</summary>
    public int Indent => line.Length - line.AsSpan().TrimStart(' ').Length;

    public static LineCells Of(string line)
    {
        var trimmed = line.AsSpan().TrimEnd();
        if (!DisplayWidth.MayHaveWideOrSurrogate(trimmed))
        {
            return new LineCells(line, null, trimmed.Length);
        }

        var columns = new List<int>(trimmed.Length + 8);
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            columns.Add(i);
            if (DisplayWidth.IsWide(c))
            {
                columns.Add(-1);
            }
        }

        return new LineCells(line, columns.ToArray(), columns.Count);
    }

    /// <summary>Nothing is drawn at the column (a space, or past the line's end).</summary>
    public bool IsBlankAt(int column)
    {
        if (column >= Width)
        {
            return true;
        }

        var index = charAt is null ? column : charAt[column];
        return index >= 0 && line[index] == ' ';
    }

    /// <summary>Nothing is drawn at the column nor at the one before it: two blank columns make a gutter.</summary>
    public bool IsGapAt(int column) => IsBlankAt(column - 1) && IsBlankAt(column);

    /// <summary>The first column in [from, to) with text drawn at it, or -1.</summary>
    public int FirstTextIn(int from, int to)
    {
        to = Math.Min(to, Width);
        if (charAt is null)
        {
            var found = from < to ? line.AsSpan(from, to - from).IndexOfAnyExcept(' ') : -1;
            return found < 0 ? -1 : from + found;
        }

        for (var x = from; x < to; x++)
        {
            if (!IsBlankAt(x))
            {
                return x;
            }
        }

        return -1;
    }

    /// <summary>The character drawn at the column (a space past the line's end).</summary>
    public char At(int column)
    {
        if (column >= Width)
        {
            return ' ';
        }

        var index = charAt is null ? column : charAt[column];
        return index >= 0 ? line[index] : line[charAt![column - 1]];
    }

    /// <summary>The text drawn from column <paramref name="from"/> up to <paramref name="to"/>, trailing spaces cut.</summary>
    public string Slice(int from, int to)
    {
        if (from >= Width)
        {
            return "";
        }

        var start = CharIndex(from);
        var end = to >= Width ? line.AsSpan().TrimEnd().Length : CharIndex(to);
        return line.AsSpan(start, end - start).TrimEnd().ToString();
    }

    private int CharIndex(int column)
    {
        if (charAt is null)
        {
            return column;
        }

        // A cut never falls inside a wide character (it falls on blank columns); step back to its first half anyway.
        while (charAt[column] < 0)
        {
            column--;
        }

        return charAt[column];
    }
}
