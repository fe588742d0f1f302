using AngleSharp.Dom;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// The last resort for metadata, read from the visible page when structured data and meta tags say nothing:
/// microdata (itemprop="author", "datePublished"), rel="author" links, time elements, and the first h1 as title.
/// </summary>
internal static class LayoutMetadataReader
{
    private const int MaxAuthorLength = 80;

    public static PageMetadata Read(IDocument document) => new()
    {
        Title = Text(document.QuerySelector("h1")),
        Authors = Authors(document),
        PublishedAt = PublishedAt(document),
    };

    private static List<string> Authors(IDocument document)
    {
        var names = new List<string>();
        foreach (var element in document.QuerySelectorAll("[itemprop='author'], a[rel='author']"))
        {
            // Microdata authors are often a Person with a nested name; otherwise the element's own text is the name.
            var name = Text(element.QuerySelector("[itemprop='name']")) ?? Text(element);
            if (name is { Length: > 0 and <= MaxAuthorLength } && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? PublishedAt(IDocument document)
    {
        var candidates = document.QuerySelectorAll("[itemprop='datePublished'], time[pubdate], article time[datetime], main time[datetime]");
        foreach (var element in candidates)
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            if (PublishedDateNormalizer.Normalize(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static string? Text(IElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }
}
