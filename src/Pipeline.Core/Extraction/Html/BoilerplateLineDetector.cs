using System.Text.RegularExpressions;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Recognises the lines around a story that describe or sell it rather than tell it: bylines ("By Meg James"),
/// datelines ("Nov. 19, 2019 5:50 PM", "Updated 14 hours ago", judged by position: see <see cref="IsDateLine"/>), credits ("Reporting by ...", "Source: ..."),
/// newsletter, share and follow-us promos, copyright notices, and markup leaking into text: CSS/JS identifiers
/// ("landscape-tablet") and unrendered shortcodes ("[button ...]Send us[/button]").
/// </summary>
internal static partial class BoilerplateLineDetector
{
    public static bool IsBoilerplateLine(TextBlock block) => Reason(block) is not null;

    /// <summary>The name of the kind of line <paramref name="block"/> is ("byline", "subscribe-prompt"...), or null for story text.</summary>
    public static string? Reason(TextBlock block)
    {
        var text = block.Text.Trim();
        // Credits and promos run to a sentence or two; the other patterns are short lines.
        if (block.Words <= 60 && WireCredit().IsMatch(text))
        {
            return "credit-or-contact";
        }

        if (block.Words <= 45 && PromptReason(text) is { } prompt)
        {
            return prompt;
        }

        if (block.Words > 25)
        {
            return null;
        }

        if (block.Words <= 12 && Byline().IsMatch(text))
        {
            return "byline";
        }

        if (block.Words <= 8 && Credit().IsMatch(text))
        {
            return "label-line";
        }

        return Identifier().IsMatch(text) ? "css-identifier" : null;
    }

    private static string? PromptReason(string text) =>
        SubscribePrompt().IsMatch(text) ? "subscribe-prompt"
        : Copyright().IsMatch(text) ? "copyright-line"
        : ReachedAt().IsMatch(text) ? "credit-or-contact"
        : Shortcode().IsMatch(text) ? "markup-residue"
        : null;

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

    [GeneratedRegex(@"^(By|BY|Par|Von|Por|Di)\s+\p{Lu}")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(Sources?|Photo|Image|Credit|Filed under|Tags|Tagged|Categories|Category|Topics|Related( \w+)?)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

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

    [GeneratedRegex(@"^[a-z0-9]+([-_][a-z0-9]+)+$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^\(?((additional )?reporting|writing|editing|compiled|edited) by\b", RegexOptions.IgnoreCase)]
    private static partial Regex WireCredit();

    [GeneratedRegex(@"\d{4}[-./]\d{1,2}[-./]\d{1,2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(
        """
          \b(sign\ up\ for\ (our|the) | subscribe\ to\ (our|the) | newsletters?\b.*\binbox
             | get\ the\ latest\ .*\ in\ your\ inbox | click\ here\ to)
        | ^subscribe\ to\b | ^follow\b.*\bon\ (twitter|facebook|instagram|youtube) | ^join\ (us|our)\b
        | ^(like|enjoy(ed)?)\ this\ (story|article|post)\? | \bshare\ (it|this(\ story|\ article)?)\ with\b
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SubscribePrompt();

    [GeneratedRegex(@"^(copyright\b|©|\(c\) \d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(can|may) be reached at\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReachedAt();

    [GeneratedRegex(@"\[/\w+\]")]
    private static partial Regex Shortcode();
}
