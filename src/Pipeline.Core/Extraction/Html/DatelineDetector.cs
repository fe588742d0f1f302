using System.Text.RegularExpressions;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Recognises datelines ("Nov. 19, 2019 5:50 PM", "Updated 14 hours ago"): the story's metadata when they stand above
/// or below its paragraphs, live-blog entries between them, so the extraction judges them by position. Bylines,
/// credits, promos and the other lines no story contains are the Cleaning stage's paragraph rules.
/// </summary>
internal static partial class DatelineDetector
{
    /// <summary>
    /// A dateline ("Nov. 19, 2019 5:50 PM", "Updated 14 hours ago"): at least two thirds of the words are numbers,
    /// month names or time words, and not only numbers (a score line).
    /// </summary>
    public static bool IsDateLine(TextBlock block) => block.Words <= 14 && block.Tag != "tr" && IsMostlyDate(block.Text);

    private static bool IsMostlyDate(string text)
    {
        var words = Word().Matches(text);
        if (words.Count == 0)
        {
            return false;
        }

        var dateWords = words.Count(w => DateWord().IsMatch(w.Value));
        var named = words.Count(w => !char.IsDigit(w.Value[0]) && DateWord().IsMatch(w.Value));
        return (named > 0 || IsoDate().IsMatch(text)) && dateWords >= 2 && dateWords * 3 >= words.Count * 2;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(
        """
        ^( \d+ | \d+(st|nd|rd|th)
         | jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september
         | oct|october|nov|november|dec|december
         | am|pm|a|p|m|gmt|utc|et|est|edt|pt|pst|pdt|bst|cet|ist
         | updated|published|posted|ago|hours?|minutes?|mins?|days?|on|at
         | monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun )$
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"\d{4}[-./]\d{1,2}[-./]\d{1,2}")]
    private static partial Regex IsoDate();
}
