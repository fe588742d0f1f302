using System.Buffers;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Trims the source before the HTML parser sees it, for speed and safety. (1) Script, style, svg and noscript bodies are
/// emptied (JSON-LD and noscript paragraphs kept): they are over half the bytes of a typical news page and never story text. (2) Nesting is capped:
/// AngleSharp's tree builder checks its stack of open elements on every tag, so 100,000 nested divs take tens of
/// seconds; real pages stay far below the cap, and beyond it we drop the surplus start tags (and their end tags) but keep
/// their text. This is a tag scanner, not a parser: it only needs tag names, quotes, comments and raw-text ends.
/// </summary>
internal static class HtmlSourceTrimmer
{
    public const int MaxDepth = 400;

    // Elements that never have an end tag, or whose end tag is optional and usually omitted: they don't count as nesting.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt", "rp", "colgroup",
        "html", "head", "body",
    };

    // Their content is raw text: a "<div>" inside a script is not a tag.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    // Markup the extractor never reads (icons drawn in hundreds of paths; fallbacks for browsers without scripts):
    // emptied like scripts. A nested svg ends the cut early; what is left over parses as harmless unknown elements.
    private static readonly HashSet<string> Unread = new(StringComparer.OrdinalIgnoreCase) { "svg", "noscript" };

    // Tag names are looked up as spans of the page: no string per tag, only one per distinct name that opens a nesting level.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNestingLookup = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup = RawText.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnreadLookup = Unread.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly SearchValues<char> TagEndOrQuote = SearchValues.Create("\"'>");

    /// <summary>
    /// Writes the trimmed page into <paramref name="output"/> (at least as long as <paramref name="html"/>: trimming only
    /// removes) and returns its length. The parser reads it from there: no string the size of the page.
    /// </summary>
    public static int Trim(string html, char[] output, int maxDepth = MaxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(output.Length, html.Length, nameof(output));
        return Scan(html, maxDepth, output);
    }

    /// <summary>Walks the tags, copying everything except script, style, svg and noscript bodies and surplus nested tags.</summary>
    private static int Scan(string html, int maxDepth, char[] output)
    {
        var open = new List<string>();
        var openCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var openCountsByName = openCounts.GetAlternateLookup<ReadOnlySpan<char>>();
        var dropped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var droppedByName = dropped.GetAlternateLookup<ReadOnlySpan<char>>();
        var written = 0;
        var copiedUpTo = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            var closing = html[lt + 1] == '/';
            var nameStart = lt + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var tagEnd = FindTagEnd(html, nameEnd);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = tagEnd - 2 >= lt && html[tagEnd - 2] == '/';
            var drop = false;
            if (closing)
            {
                // The dropped start tags were the innermost ones, so their end tags come first.
                if (droppedByName.TryGetValue(name, out var d) && d > 0)
                {
                    droppedByName[name] = d - 1;
                    drop = true;
                }
                else if (openCountsByName.TryGetValue(name, out var count) && count > 0)
                {
                    // Pop up to and including the matching start tag (mis-nested tags close implicitly).
                    while (open.Count > 0)
                    {
                        var top = open[^1];
                        open.RemoveAt(open.Count - 1);
                        openCounts[top]--;
                        if (name.Equals(top, StringComparison.OrdinalIgnoreCase))
                        {
                            break;
                        }
                    }
                }
            }
            else if (RawTextLookup.Contains(name) || (!selfClosing && UnreadLookup.Contains(name))) // "<script />" still opens a script in HTML.
            {
                var close = IndexOfEndTag(html, name, tagEnd);
                close = close < 0 ? html.Length : close;
                if (IsDroppedBody(html, name, lt, tagEnd) && !IsFallbackText(html, name, tagEnd, close))
                {
                    written = Copy(html, copiedUpTo, tagEnd, output, written);
                    copiedUpTo = close;
                }

                tagEnd = close;
            }
            else if (!selfClosing && !NotNestingLookup.Contains(name))
            {
                if (open.Count >= maxDepth)
                {
                    droppedByName[name] = droppedByName.TryGetValue(name, out var d) ? d + 1 : 1;
                    drop = true;
                }
                else
                {
                    // The dictionary's own key for the name, so the open list holds one string per distinct name.
                    if (!openCountsByName.TryGetValue(name, out var key, out var count))
                    {
                        key = name.ToString();
                        count = 0;
                    }

                    open.Add(key);
                    openCounts[key] = count + 1;
                }
            }

            if (drop)
            {
                written = Copy(html, copiedUpTo, lt, output, written);
                copiedUpTo = tagEnd;
            }

            i = tagEnd;
        }

        return Copy(html, copiedUpTo, html.Length, output, written);
    }

    /// <summary>Copies html[from..to] to the output at <paramref name="written"/>; returns the output's new length.</summary>
    private static int Copy(string html, int from, int to, char[] output, int written)
    {
        html.AsSpan(from, to - from).CopyTo(output.AsSpan(written));
        return written + to - from;
    }

    /// <summary>Where "&lt;/name" next starts at or after <paramref name="from"/>, ignoring case, or -1.</summary>
    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int from)
    {
        // Only raw-text and unread elements are searched for, and their names are short.
        Span<char> endTag = stackalloc char[name.Length + 2];
        endTag[0] = '<';
        endTag[1] = '/';
        name.CopyTo(endTag[2..]);
        var at = html.AsSpan(from).IndexOf(endTag, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Script, style, svg and noscript bodies go; JSON-LD stays, it is the page's own metadata.</summary>
    private static bool IsDroppedBody(string html, ReadOnlySpan<char> name, int tagStart, int tagEnd) =>
        (UnreadLookup.Contains(name) || name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
        && html.AsSpan(tagStart, tagEnd - tagStart).IndexOf("ld+json", StringComparison.OrdinalIgnoreCase) < 0;

    /// <summary>
    /// A noscript that holds paragraphs is the page's text for readers without scripts (some blogs ship the story only
    /// there and in a script template): it is read like any other markup. Pixel trackers and image fallbacks still go.
    /// </summary>
    private static bool IsFallbackText(string html, ReadOnlySpan<char> name, int bodyStart, int bodyEnd) =>
        name.Equals("noscript", StringComparison.OrdinalIgnoreCase) && HasParagraph(html.AsSpan(bodyStart, bodyEnd - bodyStart));

    private static bool HasParagraph(ReadOnlySpan<char> body)
    {
        for (var at = body.IndexOf("<p", StringComparison.OrdinalIgnoreCase); at >= 0 && at + 2 < body.Length; at = body.IndexOf("<p", StringComparison.OrdinalIgnoreCase))
        {
            if (body[at + 2] is '>' or ' ' or '\t' or '\n' or '\r')
            {
                return true;
            }

            body = body[(at + 2)..];
        }

        return false;
    }

    /// <summary>The index just after the tag's closing '>', skipping quoted attribute values.</summary>
    private static int FindTagEnd(string html, int from)
    {
        var i = from;
        while (true)
        {
            var next = html.AsSpan(i).IndexOfAny(TagEndOrQuote);
            if (next < 0)
            {
                return html.Length;
            }

            i += next;
            if (html[i] == '>')
            {
                return i + 1;
            }

            // Quotes only open a value right after '=' (an apostrophe elsewhere is just a character).
            if (LastNonSpace(html, from, i) == '=')
            {
                var closeQuote = html.IndexOf(html[i], i + 1);
                if (closeQuote < 0)
                {
                    return html.Length;
                }

                i = closeQuote;
            }

            i++;
        }
    }

    /// <summary>The last character before <paramref name="end"/> (and from <paramref name="start"/> on) that is not white space, or '\0'.</summary>
    private static char LastNonSpace(string html, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (!char.IsWhiteSpace(html[i]))
            {
                return html[i];
            }
        }

        return '\0';
    }
}
