using System.Text.RegularExpressions;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Splits a byline ("By Jane Doe and John Roe", "Liu Zhen zhen.liu@example.com", "Von Anna Berg, Paul Ott")
/// into author names: contact details and the "By" word are dropped, and a segment only counts as a name
/// when it is short and has no digits.
/// </summary>
public static partial class BylineParser
{
    private const int MaxWordsInName = 5;

    /// <summary>A short line opening with "By", "Von", "Par" or "Por".</summary>
    public static bool LooksLikeByline(string text) =>
        text.Length <= 120 && (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Von ", StringComparison.Ordinal)
            || text.StartsWith("Par ", StringComparison.Ordinal) || text.StartsWith("Por ", StringComparison.Ordinal));

    public static IReadOnlyList<string> Parse(string byline)
    {
        var text = Contact().Replace(byline, " ");
        text = Lead().Replace(text, "");
        text = Trailer().Replace(text, "");
        var authors = new List<string>();
        foreach (var part in Separators().Split(text))
        {
            var name = part.Trim(' ', '\t', '.', ',', ';', ':', '|', '-', '–', '—', '(', ')');
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is > 0 and <= MaxWordsInName && !name.Any(char.IsDigit) && char.IsLetter(name[0]))
            {
                authors.Add(string.Join(' ', words));
            }
        }

        return authors;
    }

    // E-mail addresses, @handles and links.
    [GeneratedRegex(@"\S+@\S+\.\w+|(?<!\w)@\w+|https?://\S+")]
    private static partial Regex Contact();

    [GeneratedRegex(@"^\s*(?:by|von|par|por|di|door|av|from|text|written by|reporting by|文|記者|记者|撰文)\s*[:：/／]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s*(?:,|;|&|/|、|，|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b|和|與|与|及)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    // "Jane Doe Updated 3 hours ago", "Jane Doe | Published …": what follows is not a name.
    [GeneratedRegex(@"\b(?:updated|published|posted|last\s+modified|aktualisiert|veröffentlicht|publié|mis\s+à\s+jour)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailer();
}
