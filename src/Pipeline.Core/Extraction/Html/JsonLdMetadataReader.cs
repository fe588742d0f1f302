using System.Text.Json;
using AngleSharp.Dom;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Reads the article's own schema.org JSON-LD (NewsArticle, Article, BlogPosting..., also inside @graph arrays):
/// the most deliberate metadata a page carries, so it wins over meta tags and layout guesses.
/// </summary>
internal static class JsonLdMetadataReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting",
        "SocialMediaPosting", "Review",
    };

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static PageMetadata Read(IDocument document)
    {
        var found = new PageMetadata();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            foreach (var item in ArticleObjects(script.TextContent))
            {
                found = found.Or(FromArticle(item));
            }
        }

        return found;
    }

    private static List<JsonElement> ArticleObjects(string json)
    {
        var articles = new List<JsonElement>();
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, Options);
        }
        catch (JsonException)
        {
            return articles; // Broken JSON-LD is common; the page's other metadata still applies.
        }

        // Objects sit at the top, in a top-level array, or in @graph: a worklist, not recursion.
        var pending = new Stack<JsonElement>();
        pending.Push(parsed.RootElement.Clone());
        parsed.Dispose();
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in element.EnumerateArray().Reverse())
                {
                    pending.Push(child);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("@graph", out var graph))
                {
                    pending.Push(graph);
                }

                if (TypeNames(element).Any(ArticleTypes.Contains))
                {
                    articles.Add(element);
                }
            }
        }

        return articles;
    }

    private static PageMetadata FromArticle(JsonElement article) => new()
    {
        Title = Text(article, "headline") ?? Text(article, "name"),
        Authors = Names(article, "author"),
        PublishedAt = PublishedDateNormalizer.Normalize(Text(article, "datePublished") ?? Text(article, "dateCreated")),
        Publisher = Names(article, "publisher").FirstOrDefault(),
        Url = Text(article, "url") ?? Id(article, "mainEntityOfPage"),
        Language = LanguageCodeNormalizer.Normalize(Text(article, "inLanguage")),
        Description = Text(article, "description"),
        ArticleBody = Text(article, "articleBody"),
    };

    private static IEnumerable<string> TypeNames(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
            _ => [],
        };
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? Id(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
            _ => null,
        } : null;

    /// <summary>Names from a string, a Person/Organization object, or an array of either.</summary>
    private static List<string> Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items
            .Select(item => item.ValueKind switch
            {
                JsonValueKind.String => item.GetString()?.Trim(),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            })
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => name!)
            .ToList();
    }
}
