using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Cleaning;

/// <summary>Keeps the first copy of each paragraph: dumps often repeat captions, pull quotes and whole blocks.</summary>
public static class RepeatedParagraphFilter
{
    public static IReadOnlyList<string> KeepFirst(IEnumerable<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var key = WordTokenizer.Canonical(paragraph.ToLowerInvariant());
            if (key.Length == 0 || seen.Add(key))
            {
                kept.Add(paragraph);
            }
        }

        return kept;
    }
}
