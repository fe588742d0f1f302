namespace Pipeline.Core.Extraction.Json;

/// <summary>
/// Which JSON property names mean which article field, tried in order (case-insensitive). Bound from configuration
/// section <c>Pipeline:JsonFields</c>. A configured list replaces the default: the settable lists are null unless
/// configured (the configuration binder appends to a non-empty array), and readers use the <c>...Names</c> properties.
/// </summary>
public sealed class JsonFieldMapping
{
    /// <summary>Default: title, headline.</summary>
    public string[]? Title { get; set; }

    public IReadOnlyList<string> TitleNames => Title is { Length: > 0 } configured ? configured : ["title", "headline"];

    /// <summary>Plain article text (a string, or an array of paragraph strings). Default: text, content, body, articleBody, article, maintext.</summary>
    public string[]? Text { get; set; }

    public IReadOnlyList<string> TextNames => Text is { Length: > 0 } configured ? configured : ["text", "content", "body", "articleBody", "article", "maintext"];

    /// <summary>The page's HTML, used when there is no text: it goes through the HTML extractor. Default: html, raw_html, content_html.</summary>
    public string[]? Html { get; set; }

    public IReadOnlyList<string> HtmlNames => Html is { Length: > 0 } configured ? configured : ["html", "raw_html", "content_html"];

    /// <summary>Default: url, link, canonical_url.</summary>
    public string[]? Url { get; set; }

    public IReadOnlyList<string> UrlNames => Url is { Length: > 0 } configured ? configured : ["url", "link", "canonical_url"];

    /// <summary>Default: date, published, publishedAt, datePublished, pubDate, published_at.</summary>
    public string[]? PublishedAt { get; set; }

    public IReadOnlyList<string> PublishedAtNames => PublishedAt is { Length: > 0 } configured ? configured : ["date", "published", "publishedAt", "datePublished", "pubDate", "published_at"];

    /// <summary>A string (a byline), an array of strings, or objects with a "name". Default: author, authors, byline.</summary>
    public string[]? Authors { get; set; }

    public IReadOnlyList<string> AuthorsNames => Authors is { Length: > 0 } configured ? configured : ["author", "authors", "byline"];

    /// <summary>Default: language, lang.</summary>
    public string[]? Language { get; set; }

    public IReadOnlyList<string> LanguageNames => Language is { Length: > 0 } configured ? configured : ["language", "lang"];

    /// <summary>Default: publisher, site, source, site_name.</summary>
    public string[]? Publisher { get; set; }

    public IReadOnlyList<string> PublisherNames => Publisher is { Length: > 0 } configured ? configured : ["publisher", "site", "source", "site_name"];

    /// <summary>Default: description, summary.</summary>
    public string[]? Summary { get; set; }

    public IReadOnlyList<string> SummaryNames => Summary is { Length: > 0 } configured ? configured : ["description", "summary"];
}
