using System.Text.RegularExpressions;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Extraction.Dates;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Reads headline, byline and date from the blocks just above the article in a page dump: the nearest
/// headline-shaped block before the article is the title, and the byline and dateline sit between the two.
/// </summary>
public static partial class PageHeadlineReader
{
    private const int Lookback = 12;
    private const int MaxDatelineLength = 200;

    public static DumpHeader Read(IReadOnlyList<TextBlock> blocks, int articleStart)
    {
        var first = Math.Max(0, articleStart - Lookback);
        var titleAt = -1;
        for (var i = articleStart - 1; i >= first && titleAt < 0; i--)
        {
            titleAt = IsHeadline(blocks[i]) ? i : -1;
        }

        string? publishedAt = null;
        var authors = new List<string>();
        for (var i = titleAt >= 0 ? titleAt + 1 : first; i < articleStart; i++)
        {
            var text = blocks[i].Text;
            var date = text.Length <= MaxDatelineLength ? PublishedDateParser.Find(text) : null;
            publishedAt ??= date?.Iso;
            if (authors.Count == 0 && BylineParser.LooksLikeByline(text))
            {
                authors.AddRange(BylineParser.Parse(date is null ? text : text[..date.Index]));
            }
        }

        return new DumpHeader(titleAt >= 0 ? blocks[titleAt].Text : null, null, publishedAt, authors, [], 0);
    }

    private static bool IsHeadline(TextBlock block) =>
        RelatedHeadlineRule.IsHeadlineShaped(block) && HasHeadlineWords(block.Text) && !ShareBar().IsMatch(block.Text)
        && !BylineParser.LooksLikeByline(block.Text)
        && PublishedDateParser.Find(block.Text) is null && ParagraphRules.FirstMatch(block.Text) is null
        && !SectionHeadingRule.IsAfterArticleHeading(block.Text) && !SectionHeadingRule.IsCommentsHeading(block.Text);

    /// <summary>
    /// Four words or more, one of them lowercase where the script has case: a site name or an author line
    /// ("The Daily Courier", "JANE DOE, REUTERS") is not a headline.
    /// </summary>
    private static bool HasHeadlineWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cased = text.Any(char.IsUpper);
        return words.Length >= 4 && (!cased || words.Any(w => char.IsLower(w[0])));
    }

    [GeneratedRegex(@"\b(?:share|sharing|email|e-mail|tweet|whatsapp|print|reading\s+time|min(?:ute)?s?\s+read|tempo\s+de\s+leitura|lesezeit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareBar();
}
