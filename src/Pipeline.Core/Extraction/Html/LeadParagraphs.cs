using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Finds the story's lead when the page sets it apart from the body: a standfirst or teaser paragraph between the
/// headline and the container chosen for the body (in the article header, or a "lead"/"abstract" div of its own). It
/// is article text even when the page also gives it as its description, so it joins the body.
/// </summary>
internal static class LeadParagraphs
{
    private const int MinProseWords = 10;
    private const int MaxBlocksBetween = 8;

    /// <summary>Indexes (into <see cref="PageOutline.Blocks"/>) of the lead blocks that precede the container, in order.</summary>
    public static List<int> Find(PageOutline outline, int container, PageMetadata metadata)
    {
        var blocks = outline.Blocks;
        var first = blocks.FindIndex(b => outline.IsWithin(b.Element, container));
        if (first <= 0)
        {
            return [];
        }

        // The headline: the nearest h1 above the container, within a few blocks (a lead sits right under it).
        var headline = -1;
        for (var i = first - 1; i >= Math.Max(0, first - MaxBlocksBetween); i--)
        {
            if (blocks[i].Tag == "h1")
            {
                headline = i;
                break;
            }
        }

        var leads = new List<int>();
        for (var i = headline < 0 ? first - 1 : headline + 1; i < first && i >= 0; i++)
        {
            var block = blocks[i];
            if (IsLead(block, outline, metadata, headline >= 0))
            {
                leads.Add(i);
            }
        }

        return leads;
    }

    private static bool IsLead(TextBlock block, PageOutline outline, PageMetadata metadata, bool underHeadline)
    {
        // A sub-heading under the headline is a subtitle, not a paragraph of the story.
        if (block.IsHeading || block.IsLinkList || block.IsTeaser || block.LinkDensity > 0.2 || InLandmark(block, outline))
        {
            return false;
        }

        if (metadata.Description is { } description && block.Words >= 4 && Repeats(block.Text, description))
        {
            return true; // The page's own description, shown as its standfirst.
        }

        return underHeadline && outline.FurnitureOf(block) < 0 && block.Words >= MinProseWords && block.Tag is "p" or "div" or "section" or "header" && EndsSentence(block.Text)
            && ParagraphRules.FirstMatchInPage(block.Text) is null && !DatelineDetector.IsDateLine(block);
    }

    /// <summary>Navigation, sidebars and footers never hold the lead.</summary>
    private static bool InLandmark(TextBlock block, PageOutline outline)
    {
        for (var e = block.Element; e >= 0; e = outline.Parent[e])
        {
            if (outline.Tag[e] is "nav" or "aside" or "footer")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same words, or one of them a truncation of the other (descriptions are often cut to a length).</summary>
    private static bool Repeats(string text, string description)
    {
        var a = TextKey.Of(text);
        var b = TextKey.Of(description.TrimEnd('.', '…', ' '));
        return a.Length > 0 && b.Length > 0 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }

    private static bool EndsSentence(string text) =>
        text.AsSpan().TrimEnd().TrimEnd("\"\u201D\u2019)\u00BB\u201C") is { Length: > 0 } end && end[^1] is '.' or '!' or '?' or ':' or '…';
}
