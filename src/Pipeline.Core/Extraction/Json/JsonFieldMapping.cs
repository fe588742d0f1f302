namespace Pipeline.Core.Extraction.Json;

/// <summary>
/// Which JSON property names mean which article field, tried in order (case-insensitive). Bound from configuration
/// section <c>Pipeline:JsonFields</c>; arrays, so a configured list replaces the default instead of adding to it.
/// </summary>
public sealed class JsonFieldMapping
{
    public string[] Title { get; set; } = ["title", "headline"];

    /// <summary>Plain article text (a string, or an array of paragraph strings).</summary>
    public string[] Text { get; set; } = ["text", "content", "body", "articleBody", "article", "maintext"];

    /// <summary>The page's HTML, used when there is no text: it goes through the HTML extractor.</summary>
    public string[] Html { get; set; } = ["html", "raw_html", "content_html"];

    public string[] Url { get; set; } = ["url", "link", "canonical_url"];

    public string[] PublishedAt { get; set; } = ["date", "published", "publishedAt", "datePublished", "pubDate", "published_at"];

    /// <summary>A string (a byline), an array of strings, or objects with a "name".</summary>
    public string[] Authors { get; set; } = ["author", "authors", "byline"];

    public string[] Language { get; set; } = ["language", "lang"];

    public string[] Publisher { get; set; } = ["publisher", "site", "source", "site_name"];

    public string[] Summary { get; set; } = ["description", "summary"];
}
