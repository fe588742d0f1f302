using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Finds the lines of a dump with two spaces or more between text on them (where a column layout can start) in one
/// vectorized pass over the whole text. A check line by line, or a search for two spaces (which stops at every
/// indented line of a lynx dump), cost as much as the rest of reading the layout.
/// </summary>
internal struct InnerGapLines
{
    private readonly string text;
    private int position;
    private int counted;
    private int line;

    public InnerGapLines(string text) => this.text = text;

    /// <summary>The first line at or after <paramref name="from"/> with a gap between text on it, or -1.</summary>
    public int Next(int from)
    {
        SkipTo(from);
        while (position < text.Length)
        {
            var found = TextThenTwoSpaces(text.AsSpan(position));
            if (found < 0)
            {
                break;
            }

            var gap = position + found + 1;
            var after = text.AsSpan(gap).IndexOfAnyExcept(' ');
            position = after < 0 ? text.Length : gap + after;
            // Trailing spaces are no gap.
            if (position == text.Length || text[position] is '\n' or '\r')
            {
                continue;
            }

            line += text.AsSpan(counted, gap - counted).Count('\n');
            counted = gap;
            return line;
        }

        position = text.Length;
        return -1;
    }

    private void SkipTo(int target)
    {
        while (line < target)
        {
            var newline = text.IndexOf('\n', counted);
            if (newline < 0)
            {
                (counted, line) = (text.Length, target);
                break;
            }

            (counted, line) = (newline + 1, line + 1);
        }

        position = Math.Max(position, counted);
    }

    /// <summary>Index of the first character that is neither space nor line break and is followed by two spaces.</summary>
    private static int TextThenTwoSpaces(ReadOnlySpan<char> span)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            var space = Vector128.Create((ushort)' ');
            var newline = Vector128.Create((ushort)'\n');
            var carriage = Vector128.Create((ushort)'\r');
            for (; i + 2 + Vector128<ushort>.Count <= span.Length; i += Vector128<ushort>.Count)
            {
                var at = Vector128.LoadUnsafe(ref start, (nuint)i);
                var text = ~(Vector128.Equals(at, space) | Vector128.Equals(at, newline) | Vector128.Equals(at, carriage));
                var gap = Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)(i + 1)), space)
                    & Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)(i + 2)), space);
                var hits = (text & gap).ExtractMostSignificantBits();
                if (hits != 0)
                {
                    return i + BitOperations.TrailingZeroCount(hits);
                }
            }
        }

        for (; i + 2 < span.Length; i++)
        {
            if (span[i] is not (' ' or '\n' or '\r') && span[i + 1] == ' ' && span[i + 2] == ' ')
            {
                return i;
            }
        }

        return -1;
    }
}
