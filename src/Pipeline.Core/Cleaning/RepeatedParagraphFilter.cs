using Pipeline.Core.Text;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Keeps the first copy of each paragraph: dumps often repeat captions, pull quotes and whole blocks. Short lines are
/// kept each time: labels that recur section after section ("Eat every 2–3 hours", "Serves 4") are the article's structure.
/// </summary>
public static class RepeatedParagraphFilter
{
    private const int MinCopyWords = 8;

    public const string Reason = "repeated-paragraph";

    /// <param name="paragraphs">The paragraphs, in order.</param>
    /// <param name="removed">Where each dropped copy is recorded, if given.</param>
    public static IReadOnlyList<string> KeepFirst(IEnumerable<string> paragraphs, ICollection<RemovedText>? removed = null)
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
            else
            {
                removed?.Add(new RemovedText(paragraph, Reason));
            }
        }

        return kept;
    }
}
