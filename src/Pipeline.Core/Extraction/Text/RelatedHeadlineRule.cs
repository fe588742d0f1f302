using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Recognises inline "related story" links: a short headline-like line (capitalised, no closing punctuation) standing
/// alone between two prose paragraphs, longer than a section heading and not in capitals.
/// </summary>
public static class RelatedHeadlineRule
{
    private const int MinWords = 3;
    private const int MinRelatedWords = 6;
    private const int MaxWords = 20;
    private const int MaxLength = 160;
    private const int MinProseWords = 12;

    public static bool IsRelatedHeadline(TextBlock block, TextBlock? previous, TextBlock? next) =>
        IsHeadlineShaped(block) && WordCount(block.Text) >= MinRelatedWords && !IsAllCaps(block.Text)
        && block.BlankBefore && block.BlankAfter && previous is not null && next is not null && IsProse(previous) && IsProse(next)
        // Set out to the left of the paragraphs around it, the line is printed as a heading (lynx indents paragraphs, not
        // headings): a subheading of the story, where a linked headline is a paragraph of its own.
        && !(block.Indent < previous.Indent && block.Indent < next.Indent);

    // Section headings are short ("The al-Tanf base") or set in capitals ("NISSAN SENTRA"); linked headlines are neither.
    private static bool IsAllCaps(string text) => !text.Any(char.IsLower);

    public static bool IsHeadlineShaped(TextBlock block)
    {
        var text = block.Text;
        if (block.IsListItem || text.Length is 0 or > MaxLength || SentenceEnd.IsEndOf(text) || !char.IsUpper(text[0]) && !char.IsDigit(text[0]))
        {
            return false;
        }

        var words = WordCount(text);
        return words is >= MinWords and <= MaxWords;
    }

    public static bool IsProse(TextBlock block) => !block.IsListItem && SentenceEnd.IsEndOf(block.Text) && WordCount(block.Text) >= MinProseWords;

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
            // A CJK character is a word by itself.
            if (DisplayWidth.IsWide(c))
            {
                inWord = false;
            }
        }

        return words;
    }
}
