using Pipeline.Core.Dedup;
using Pipeline.Core.Normalizing;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// Stands in for a good extractor when measuring dedup before one exists: keeps an extracted body's paragraphs from
/// the first to the last one that is mostly ground-truth text. What lies between (captions, "advertisement", inline
/// links) stays, as it would with a real extractor; menus, share bars and footers around the article go.
/// </summary>
public static class OracleArticleSpan
{
    private const int ShingleSize = 3;

    public static string Crop(string body, string truth)
    {
        var truthShingles = ShingleSet.Of(truth, ShingleSize).Hashes.ToHashSet();
        var paragraphs = body.Split(ArticleNormalizer.ParagraphSeparator);
        var inArticle = paragraphs.Select(p => ShingleSet.Of(p, ShingleSize).Hashes is { Count: > 0 } shingles
            && shingles.Count(truthShingles.Contains) * 2 >= shingles.Count).ToList();
        var first = inArticle.IndexOf(true);
        return first < 0 ? "" : string.Join(ArticleNormalizer.ParagraphSeparator, paragraphs[first..(inArticle.LastIndexOf(true) + 1)]);
    }
}
