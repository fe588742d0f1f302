using System.Buffers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Reading;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Finds the article in an HTML page: metadata from the page's own structured data first (JSON-LD, then meta tags),
/// the body from the DOM region that holds the story (located by JSON-LD articleBody when the page ships it, by
/// prose density otherwise), cut into the page's own paragraphs, headings, list items and quotes.
/// </summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    // Attributes anything here reads; the parser skips the rest (srcset, data-*, event handlers...), which is most of
    // the attribute bytes of a news page and a good share of parse time. Of href only the canonical link's is read, so
    // the links of the page (a hundred or more) keep theirs out of the DOM.
    private static readonly string[] UsedAttributes =
        [
            "class", "id", "style", "hidden", "aria-hidden", "itemprop", "type", "href", "content", "property", "name", "http-equiv",
            "lang", "rel", "datetime", "pubdate", "alt",
        ];

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        DisableElementPositionTracking = true,
        MaximumDepth = HtmlSourceTrimmer.MaxDepth + 100, // Second line of defence after the trimmer's cap.
        ShouldEmitAttribute = (ref token, name) => IsUsedAttribute(name.Span) && (!name.Span.Equals("href", StringComparison.OrdinalIgnoreCase) || token.Name == "link"),
    };

    // The browsing context leaves out the attribute observers: they act on attributes as a browser would (a stylesheet
    // link starts loading and parses its URL, a class list is kept in step), and we only read attributes.
    private static readonly IConfiguration ParserConfiguration = Configuration.Default.Without<IAttributeObserver>();

    // One parser per thread, reused page after page: building one sets up a browsing context and its services, and
    // the CSS selectors the metadata readers use are parsed once per context rather than once per page.
    [ThreadStatic]
    private static HtmlParser? parser;

    public DumpFormat Format => DumpFormat.Html;

    public ExtractedArticle Extract(RawRecord record)
    {
        // The trimmed page goes to a pooled buffer, not a new string: pages run to hundreds of KB, and each string or
        // builder that size is a large-object-heap allocation, which brought on generation-2 collections.
        var source = ArrayPool<char>.Shared.Rent(record.Content.Length);
        try
        {
            var length = HtmlSourceTrimmer.Trim(record.Content, source);
            parser ??= new HtmlParser(ParserOptions, BrowsingContext.New(ParserConfiguration));
            using var document = parser.ParseDocument(source, length);
            return Extract(document, record.Url);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(source); // The document, which reads from the buffer, is disposed by now.
        }
    }

    private static ExtractedArticle Extract(IHtmlDocument document, string? url)
    {
        var jsonLd = JsonLdMetadataReader.Read(document);
        var tags = MetaTagReader.Read(document);
        var metadata = jsonLd.Or(tags);
        if (metadata.Title is null || metadata.Authors.Count == 0 || metadata.PublishedAt is null)
        {
            metadata = metadata.Or(LayoutMetadataReader.Read(document)); // Only when the page's own metadata falls short.
        }

        metadata = metadata.Tidy();
        var paragraphs = new List<string>();
        var removed = new List<RemovedText>();
        if (document.Body is { } body)
        {
            var outline = PageOutlineBuilder.Build(body);
            var container = MislabelledStoryRescue.Review(
                outline, SelectContainer(outline, metadata.ArticleBody), () => SelectContainer(outline, metadata.ArticleBody));

            paragraphs = BlockFilter.SelectStory(outline, container, metadata, removed);
            if (paragraphs.Count == 0)
            {
                paragraphs = BestEffortBody.Find(outline, metadata);
                removed.Clear();
                StoryRemovals.AddAllBut(outline, metadata, paragraphs, removed);
            }
        }

        return Article(metadata, tags, jsonLd, paragraphs, url) with { Removed = removed };
    }

    /// <summary>
    /// A complete JSON-LD articleBody pins the container; a teaser one (or microdata itemprop="articleBody") only anchors
    /// it, and the container may grow around the anchor; without either, the densest region of prose wins.
    /// </summary>
    private static int SelectContainer(PageOutline outline, string? articleBody)
    {
        var (anchor, isTeaser) = articleBody is null ? (-1, false) : ArticleBodyLocator.Locate(outline, articleBody);
        if (anchor >= 0 && !isTeaser)
        {
            return anchor;
        }

        return ContentBlockSelector.SelectContainer(outline, anchor >= 0 ? anchor : outline.MarkedArticleBody);
    }

    private static ExtractedArticle Article(PageMetadata metadata, PageMetadata tags, PageMetadata jsonLd, List<string> paragraphs, string? url)
    {
        return new ExtractedArticle
        {
            Title = metadata.Title,
            Summary = metadata.Description is { } description ? [description] : [],
            Paragraphs = paragraphs,
            Authors = metadata.Authors,
            Publisher = metadata.Publisher,
            Url = Absolute(metadata.Url, url) ?? url,
            PublishedAt = metadata.PublishedAt,
            Language = tags.Language ?? jsonLd.Language,
        };
    }

    /// <summary>A relative canonical link ("/2019/11/story") resolved against the record's own URL where it has one.</summary>
    private static string? Absolute(string? link, string? recordUrl)
    {
        // "/news/x" parses as an absolute file path on Unix, so absolute means a scheme of its own here.
        if (link is null || Uri.TryCreate(link, UriKind.Absolute, out var absolute) && !link.StartsWith('/') && absolute.Scheme != Uri.UriSchemeFile)
        {
            return link;
        }

        return Uri.TryCreate(recordUrl, UriKind.Absolute, out var baseUrl) && Uri.TryCreate(baseUrl, link, out var resolved)
            ? resolved.ToString()
            : link;
    }

    private static bool IsUsedAttribute(ReadOnlySpan<char> name)
    {
        foreach (var used in UsedAttributes)
        {
            if (name.Equals(used, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
