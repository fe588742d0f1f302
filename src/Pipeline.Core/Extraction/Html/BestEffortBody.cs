using System.Net;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// The body of last resort, when the story's region yields nothing: a page with visible prose is never rejected. First
/// the page's own articleBody (JSON-LD) where it ships one, then every block outside navigation and footers that reads
/// as prose, then any block of a few words.
/// </summary>
internal static partial class BestEffortBody
{
    private const int MinArticleBodyWords = 15;
    private const int MinWords = 5;

    public static List<string> Find(PageOutline outline, PageMetadata metadata)
    {
        if (metadata.ArticleBody is { } articleBody && WordTokenizer.Tokenize(articleBody).Take(MinArticleBodyWords).Count() >= MinArticleBodyWords)
        {
            // Some pages ship it as HTML or entity-encoded: the text is what counts.
            var text = WebUtility.HtmlDecode(Tag().Replace(articleBody.Replace("</p>", "\n", StringComparison.OrdinalIgnoreCase), " "));
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        var prose = outline.Blocks.Where(b => !InLandmark(b, outline) && ContentBlockSelector.ProseValue(b) > 0).Select(b => b.Text).ToList();
        return prose.Count > 0 ? prose : outline.Blocks.Where(b => b.Words >= MinWords && !b.IsLinkList).Select(b => b.Text).ToList();
    }

    private static bool InLandmark(TextBlock block, PageOutline outline)
    {
        for (var e = block.Element; e >= 0; e = outline.Parent[e])
        {
            if (outline.Tag[e] is "nav" or "footer" or "aside" or "header" && e != 0)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
