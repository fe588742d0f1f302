using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Turns dump lines into blocks: in a hard-wrapped dump a line continues the previous one when the previous line
/// had no room left for the next word (the wrapper broke it); otherwise every line stands alone.
/// CJK text wrapped mid-word is rejoined without a space.
/// </summary>
public static class WrappedLineJoiner
{
    // Browsers let trailing punctuation and quotes overhang the wrap column by a column or two.
    private const int WrapSlack = 2;

    // A span, not a list: every line is read several times, and interface calls per read were a third of the joining.
    /// <param name="columnWraps">Per line, the width of the layout column it was cut from, or 0 (see
    /// <see cref="ColumnLayout"/>); empty when the page had no column layout.</param>
    public static List<TextBlock> Join(ReadOnlySpan<string> lines, ReadOnlySpan<int> columnWraps = default)
    {
        var widths = new int[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            widths[i] = DisplayWidth.Of(lines[i].AsSpan().TrimEnd());
        }

        var wrap = WrapWidth.Detect(columnWraps.IsEmpty ? widths : PageWidths(widths, columnWraps));
        var blocks = new List<TextBlock>();
        var text = new System.Text.StringBuilder();
        var i0 = 0;
        while (i0 < lines.Length)
        {
            if (widths[i0] == 0)
            {
                i0++;
                continue;
            }

            var first = lines[i0].AsSpan().TrimEnd();
            var indent = first.Length - first.TrimStart().Length;
            var content = first.TrimStart();
            var marker = ListMarker.Length(content, out _);
            text.Clear().Append(content[marker..].Trim());
            var end = i0 + 1;
            // A horizontal rule stands alone: as wide as the page, it read as a wrapped line and glued the heading
            // above it to the paragraph below.
            while (WrapAt(end - 1, wrap, columnWraps) is { } width && end < lines.Length && widths[end] > 0 && Continues(lines[end - 1], widths[end - 1], lines[end], width, end - 1 > i0)
                && !IsRule(lines[end]) && !IsRule(lines[end - 1]))
            {
                AppendContinuation(text, lines[end].AsSpan().Trim());
                end++;
            }

            var blankBefore = i0 == 0 || widths[i0 - 1] == 0;
            var blankAfter = end >= lines.Length || widths[end] == 0;
            var number = marker > 0 && char.IsAsciiDigit(content[0]) ? content[..marker].TrimEnd().ToString() : null;
            blocks.Add(new TextBlock(text.ToString(), marker > 0, indent, end - i0, blankBefore, blankAfter, number));
            i0 = end;
        }

        return blocks;
    }

    /// <summary>A line of heavy box-drawing dashes only: w3m prints a page's &lt;hr&gt; so (lynx as underscores).</summary>
    private static bool IsRule(string line)
    {
        var text = line.AsSpan().TrimStart(' ');
        return text.Length > 0 && text[0] == '━' && text.IndexOfAnyExcept('━', ' ') < 0;
    }

    // A column of a layout wraps at its own width; the rest of the page at the page's.
    private static int? WrapAt(int line, int? pageWrap, ReadOnlySpan<int> columnWraps) =>
        line < columnWraps.Length && columnWraps[line] > 0 ? columnWraps[line] : pageWrap;

    // The page's wrap edge is found on its own lines: a layout column's narrower edge would hide it.
    private static int[] PageWidths(int[] widths, ReadOnlySpan<int> columnWraps)
    {
        var page = (int[])widths.Clone();
        for (var i = 0; i < page.Length && i < columnWraps.Length; i++)
        {
            page[i] = columnWraps[i] > 0 ? 0 : page[i];
        }

        return page;
    }

    private static bool Continues(string previous, int previousWidth, string next, int wrap, bool midParagraph)
    {
        var content = next.AsSpan().TrimStart();
        var marker = ListMarker.Length(content, out var unambiguous);
        if (marker > 0 && unambiguous)
        {
            return false;
        }

        var firstWord = content.IndexOf(' ') is var space and > 0 ? content[..space] : content;
        var room = wrap - WrapSlack;
        var nextFits = DisplayWidth.IsWide(content[0])
            ? previousWidth + 2 <= room
            : previousWidth + 1 + DisplayWidth.Of(firstWord) <= room;
        return !nextFits || ContinuesSentence(previous, previousWidth, next, wrap, midParagraph);
    }

    /// <summary>
    /// Quotes and boxes wrap short of the page width: a long line that stops mid-sentence, followed at the same
    /// indentation by a lowercase word, still continues it. So does a short line that a forced break (a &lt;br&gt; in the
    /// middle of a sentence) left inside a paragraph already wrapped: "verwaltet" / "werden muss, ...".
    /// </summary>
    private static bool ContinuesSentence(string previous, int previousWidth, string next, int wrap, bool midParagraph)
    {
        var nextContent = next.AsSpan().TrimStart();
        var previousContent = previous.AsSpan().TrimStart();
        return (previousWidth * 2 >= wrap || (midParagraph && EndsInWord(previousContent) && DisplayWidth.Of(nextContent) * 2 >= wrap)) && char.IsLower(nextContent[0])
            && next.Length - nextContent.Length == previous.Length - previousContent.Length
            && !SentenceEnd.IsEndOf(previous);
    }

    // A sentence broken by a forced line break stops at a word or a comma; an image's "[photo.jpg]" or a button does not.
    private static bool EndsInWord(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && (char.IsLetter(trimmed[^1]) || trimmed[^1] == ',');
    }

    private static void AppendContinuation(System.Text.StringBuilder text, ReadOnlySpan<char> line)
    {
        var last = text.Length > 0 ? text[^1] : ' ';
        var joinTight = (DisplayWidth.IsWide(last) && DisplayWidth.IsWide(line[0])) || last == '-' && char.IsLetter(line[0]) && text.Length > 1 && char.IsLetter(text[^2]);
        if (!joinTight)
        {
            text.Append(' ');
        }

        text.Append(line);
    }
}
