using AngleSharp.Dom;

namespace Pipeline.Core.Extraction.Html;

/// <summary>Reads OpenGraph, article:*, Dublin Core and plain meta tags, link rel=canonical, html lang and the title element.</summary>
internal static class MetaTagReader
{
    public static PageMetadata Read(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var authors = new List<string>();
        foreach (var tag in document.QuerySelectorAll("meta"))
        {
            var key = tag.GetAttribute("property") ?? tag.GetAttribute("name") ?? tag.GetAttribute("itemprop") ?? tag.GetAttribute("http-equiv");
            var content = tag.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(content))
            {
                continue;
            }

            meta.TryAdd(key.Trim(), content);
            if (key.Trim().ToLowerInvariant() is "author" or "article:author" or "dc.creator" or "sailthru.author" or "parsely-author"
                && !content.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                authors.Add(content); // article:author is often a profile URL: only names count.
            }
        }

        string? First(params string[] keys) => keys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        return new PageMetadata
        {
            Title = First("og:title", "twitter:title", "dc.title", "headline") ?? NonEmpty(document.Title),
            Authors = authors,
            PublishedAt = PublishedDateNormalizer.Normalize(First(
                "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
                "dc.date.issued", "dc.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "date")),
            Publisher = First("og:site_name", "application-name", "publisher", "dc.publisher"),
            Url = NonEmpty(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")) ?? First("og:url"),
            Language = LanguageCodeNormalizer.Normalize(document.DocumentElement?.GetAttribute("lang"))
                ?? LanguageCodeNormalizer.Normalize(First("content-language", "og:locale", "dc.language")),
            Description = First("og:description", "description", "twitter:description", "dc.description"),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
