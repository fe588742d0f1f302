using System.Text;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// trafilatura's metric for one page: whitespace runs collapsed to one space on both sides (Python's Unicode <c>\s</c>),
/// then a plain, case-sensitive substring test per snippet. Nothing else is normalised.
/// </summary>
public static class SnippetScorer
{
    public static SnippetCounts Score(string output, SnippetPage page)
    {
        var text = Collapse(output);
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var snippet in page.With)
        {
            if (text.Contains(Collapse(snippet), StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                fn++;
            }
        }

        foreach (var snippet in page.Without)
        {
            if (text.Contains(Collapse(snippet), StringComparison.Ordinal))
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new SnippetCounts(tp, fp, fn, tn);
    }

    /// <summary><c>re.sub(r"\s+", " ", text).strip()</c>.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsPythonSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Python's <c>str.isspace</c>: .NET's white space plus the four C0 separators (U+001C–U+001F).</summary>
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';
}
