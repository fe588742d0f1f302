using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Keeps the first copy of each paragraph: dumps often repeat captions, pull quotes and whole blocks. Short lines are
/// kept each time: labels that recur section after section ("Eat every 2–3 hours", "Serves 4") are the article's structure.
/// </summary>
public static class RepeatedParagraphFilter
{
    private const int MinCopyWords = 8;

    public static IReadOnlyList<string> KeepFirst(IEnumerable<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var key = WordTokenizer.Canonical(paragraph.ToLowerInvariant());
            if (key.Length == 0 || key.AsSpan().Count(' ') < MinCopyWords - 1 || seen.Add(key))
            {
                kept.Add(paragraph);
            }
        }

        return kept;
    }
}
