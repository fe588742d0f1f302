using Pipeline.Core.Text;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Format-independent cleaning of an extracted article: normalizes every text field, drops empty and repeated
/// paragraphs and the sign-up pitches that close the body, and drops summary lines that reappear in the body.
/// What it drops from the body joins <see cref="ExtractedArticle.Removed"/>, named.
/// </summary>
public static class ArticleCleaner
{
    public static ExtractedArticle Clean(ExtractedArticle article)
    {
        var removed = new List<RemovedText>(article.Removed);
        var paragraphs = ClosingPitchFilter.Drop(RepeatedParagraphFilter.KeepFirst(NonEmpty(article.Paragraphs), removed), removed);
        var summary = RepeatedParagraphFilter.KeepFirst(NonEmpty(article.Summary));
        var authors = NonEmpty(article.Authors).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return article with
        {
            Title = NullIfEmpty(article.Title),
            Summary = summary,
            Paragraphs = paragraphs,
            Authors = authors,
            Publisher = NullIfEmpty(article.Publisher),
            Url = NullIfEmpty(article.Url),
            Removed = removed,
        };
    }

    private static List<string> NonEmpty(IEnumerable<string> values) =>
        values.Select(TextNormalizer.NormalizeInline).Where(v => v.Length > 0).ToList();

    private static string? NullIfEmpty(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var normalized = TextNormalizer.NormalizeInline(value);
        return normalized.Length == 0 ? null : normalized;
    }
}
