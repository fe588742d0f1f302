using System.Text;

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

    public static string Trim(string html, int maxDepth = MaxDepth)
    {
        var output = new StringBuilder(html.Length / 2);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    /// <summary>Walks the tags, copying everything except script, style, svg and noscript bodies and surplus nested tags.</summary>
    private static void Scan(string html, int maxDepth, StringBuilder output)
    {
        var open = new List<string>();
        var openCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var dropped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
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
            var name = html[nameStart..nameEnd];
            var selfClosing = tagEnd - 2 >= lt && html[tagEnd - 2] == '/';
            var drop = false;
            if (closing)
            {
                // The dropped start tags were the innermost ones, so their end tags come first.
                if (dropped.TryGetValue(name, out var d) && d > 0)
                {
                    dropped[name] = d - 1;
                    drop = true;
                }
                else if (openCounts.TryGetValue(name, out var count) && count > 0)
                {
                    // Pop up to and including the matching start tag (mis-nested tags close implicitly).
                    while (open.Count > 0)
                    {
                        var top = open[^1];
                        open.RemoveAt(open.Count - 1);
                        openCounts[top]--;
                        if (string.Equals(top, name, StringComparison.OrdinalIgnoreCase))
                        {
                            break;
                        }
                    }
                }
            }
            else if (RawText.Contains(name) || (!selfClosing && Unread.Contains(name))) // "<script />" still opens a script in HTML.
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                close = close < 0 ? html.Length : close;
                if (IsDroppedBody(html, name, lt, tagEnd) && !IsFallbackText(html, name, tagEnd, close))
                {
                    output.Append(html, copiedUpTo, tagEnd - copiedUpTo);
                    copiedUpTo = close;
                }

                tagEnd = close;
            }
            else if (!selfClosing && !NotNesting.Contains(name))
            {
                if (open.Count >= maxDepth)
                {
                    dropped[name] = dropped.GetValueOrDefault(name) + 1;
                    drop = true;
                }
                else
                {
                    open.Add(name);
                    openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
                }
            }

            if (drop)
            {
                output.Append(html, copiedUpTo, lt - copiedUpTo);
                copiedUpTo = tagEnd;
            }

            i = tagEnd;
        }

        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
    }

    /// <summary>Script, style, svg and noscript bodies go; JSON-LD stays, it is the page's own metadata.</summary>
    private static bool IsDroppedBody(string html, string name, int tagStart, int tagEnd) =>
        (Unread.Contains(name) || name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
        && html.AsSpan(tagStart, tagEnd - tagStart).IndexOf("ld+json", StringComparison.OrdinalIgnoreCase) < 0;

    /// <summary>
    /// A noscript that holds paragraphs is the page's text for readers without scripts (some blogs ship the story only
    /// there and in a script template): it is read like any other markup. Pixel trackers and image fallbacks still go.
    /// </summary>
    private static bool IsFallbackText(string html, string name, int bodyStart, int bodyEnd) =>
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
        var quote = '\0';
        var previous = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && previous == '=')
            {
                // Quotes only open a value right after '=' (an apostrophe elsewhere is just a character).
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }

            if (!char.IsWhiteSpace(c))
            {
                previous = c;
            }
        }

        return html.Length;
    }
}
