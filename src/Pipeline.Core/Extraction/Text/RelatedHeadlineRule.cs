using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Recognises inline "related story" links: a short headline-like line (capitalised, no closing punctuation) standing
/// alone between two prose paragraphs, longer than a section heading.
/// </summary>
public static class RelatedHeadlineRule
{
    private const int MinWords = 3;
    private const int MinRelatedWords = 6;
    private const int MaxWords = 20;
    private const int MaxLength = 160;
    private const int MinProseWords = 12;

    /// <param name="page">Every block of the page, when known: a line printed once on a page with nothing indented may be a subheading.</param>
    public static bool IsRelatedHeadline(TextBlock block, TextBlock? previous, TextBlock? next, IReadOnlyList<TextBlock>? page = null) =>
        IsHeadlineShaped(block) && WordCount(block.Text) >= MinRelatedWords
        && block.BlankBefore && block.BlankAfter && previous is not null && next is not null && IsProse(previous) && IsProse(next)
        // Set out to the left of the paragraphs around it, the line is printed as a heading (lynx indents paragraphs, not
        // headings): a subheading of the story, where a linked headline is a paragraph of its own.
        && !(block.Indent < previous.Indent && block.Indent < next.Indent)
        // w3m prints headings and paragraphs alike at the margin; there a linked headline is one a page repeats (in a
        // teaser list, a sidebar), a subheading is printed once, fits on one line and is one phrase (a caption runs on
        // into its credit: "... on July 25, 2019.J. Scott Applewhite / AP").
        && !(page is not null && block.LineCount == 1 && block.Indent == 0 && previous.Indent == 0 && next.Indent == 0 && !HasInnerStop(block.Text) && PrintedOnce(block.Text, page));

    /// <summary>A full stop inside the line that ends a sentence: followed by a capital, right after it or after a space.</summary>
    private static bool HasInnerStop(string text)
    {
        for (var i = text.IndexOf('.'); i >= 1 && i + 1 < text.Length; i = text.IndexOf('.', i + 1))
        {
            var after = text[i + 1] == ' ' && i + 2 < text.Length ? text[i + 2] : text[i + 1];
            // An initial or an abbreviation ("U.S.", "J. Scott") has a lone letter before its stop.
            if (char.IsUpper(after) && (char.IsDigit(text[i - 1]) || char.IsLower(text[i - 1]) && i >= 2 && char.IsLetter(text[i - 2])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PrintedOnce(string text, IReadOnlyList<TextBlock> page)
    {
        var copies = 0;
        for (var i = 0; i < page.Count && copies < 2; i++)
        {
            copies += string.Equals(page[i].Text, text, StringComparison.Ordinal) ? 1 : 0;
        }

        return copies < 2;
    }

    // Section headings are short ("The al-Tanf base", "NISSAN SENTRA"); linked headlines are longer.
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
