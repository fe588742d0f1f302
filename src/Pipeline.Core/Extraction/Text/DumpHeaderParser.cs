using Pipeline.Core.Extraction.Dates;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Reads the header reader apps put above an article: headline, an optional publisher line, a dateline that may
/// carry the byline after a bullet ("Published 16 Feb 2020 10:02 • Jane Doe"), then summary bullets.
/// Recognised only when a dateline follows the headline within a few lines; otherwise the body starts at line 0.
/// </summary>
public static class DumpHeaderParser
{
    private const int MaxLinesBeforeDate = 3;
    private const int MaxHeaderLineLength = 200;
    private static readonly char[] Separators = ['•', '·', '|', '｜'];

    public static DumpHeader Parse(IReadOnlyList<string> lines)
    {
        var none = new DumpHeader(null, null, null, [], [], 0);
        var top = NonBlankLines(lines, 0, MaxLinesBeforeDate + 1);
        var dateAt = -1;
        DateMatch? date = null;
        for (var k = 1; k < top.Count && date is null; k++)
        {
            var line = lines[top[k]];
            if (line.Length <= MaxHeaderLineLength && PublishedDateParser.Find(line) is { } found)
            {
                (dateAt, date) = (k, found);
            }
        }

        var title = top.Count > 0 ? lines[top[0]].Trim() : "";
        if (date is null || title.Length > MaxHeaderLineLength || ListMarker.Length(title, out _) > 0)
        {
            return none;
        }

        var publisher = top.Take(dateAt).Skip(1).Select(i => lines[i].Trim()).FirstOrDefault(IsNameLine);
        var dateLine = lines[top[dateAt]];
        var authors = new List<string>(BylineParser.Parse(BylineAfterDate(dateLine, date)));
        var next = top[dateAt] + 1;
        var summary = new List<string>();
        for (; next < lines.Count; next++)
        {
            var content = lines[next].Trim();
            if (content.Length == 0)
            {
                if (summary.Count > 0)
                {
                    break;
                }

                continue;
            }

            var marker = ListMarker.Length(content, out var unambiguous);
            if (marker > 0 && unambiguous)
            {
                summary.Add(content[marker..].Trim());
            }
            else if (authors.Count == 0 && summary.Count == 0 && BylineParser.LooksLikeByline(content))
            {
                authors.AddRange(BylineParser.Parse(content));
            }
            else
            {
                break;
            }
        }

        return new DumpHeader(title, publisher, date.Iso, authors, summary, next);
    }

    private static string BylineAfterDate(string line, DateMatch date)
    {
        var after = line[(date.Index + date.Length)..];
        var separator = after.IndexOfAny(Separators);
        if (separator >= 0)
        {
            return after[(separator + 1)..];
        }

        // "By Jane Doe | 16 Feb 2020": the byline may come first.
        var before = line[..date.Index];
        var lastSeparator = before.LastIndexOfAny(Separators);
        return lastSeparator > 0 && BylineParser.LooksLikeByline(before[..lastSeparator].Trim()) ? before[..lastSeparator] : "";
    }

    private static bool IsNameLine(string text) =>
        text.Length is > 0 and <= 80 && !text.Any(char.IsDigit) && !char.IsPunctuation(text[^1]);

    private static List<int> NonBlankLines(IReadOnlyList<string> lines, int start, int count)
    {
        var found = new List<int>(count);
        for (var i = start; i < lines.Count && found.Count < count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                found.Add(i);
            }
        }

        return found;
    }
}
