using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Reading;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Tests.Extraction.Html;

/// <summary>A three-paragraph story and page scaffolding shared by the HTML extractor tests.</summary>
internal static class HtmlTestPages
{
    public const string Story1 = "The council voted on Tuesday to rebuild the old harbour bridge, ending a decade of argument over its future.";
    public const string Story2 = "Engineers say the new span will carry twice the traffic and open to cyclists and pedestrians by the spring of 2027.";
    public const string Story3 = "Residents who opposed the plan said they would keep campaigning for a cheaper repair of the existing structure.";

    public static string StoryParagraphs => $"<p>{Story1}</p><p>{Story2}</p><p>{Story3}</p>";

    public static ExtractedArticle Extract(string html) => new HtmlArticleExtractor().Extract(new RawRecord("1", DumpFormat.Html, html));

    public static string Page(string head, string body, string lang = "en") =>
        $"<!DOCTYPE html><html lang=\"{lang}\"><head>{head}</head><body>{body}</body></html>";
}
