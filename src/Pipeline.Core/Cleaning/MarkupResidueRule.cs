using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises HTML that leaked into a dump as text: escaped tags ("&amp;lt;span …"), tags and attribute lists, and
/// unrendered shortcodes ("[button …]Send us[/button]").
/// </summary>
public sealed partial class MarkupResidueRule : IParagraphRule
{
    public static readonly MarkupResidueRule Instance = new();

    private MarkupResidueRule()
    {
    }

    public string Name => "markup-residue";

    public bool Matches(string paragraph) => IsMarkup(paragraph);

    /// <summary>A shortcode sits in a line or two of text ("[button …]Send us[/button]"); a long paragraph with one keeps its prose.</summary>
    private const int MaxShortcodeWords = 45;

    public static bool IsMarkup(string paragraph) =>
        paragraph.Contains("&lt;", StringComparison.Ordinal) || (paragraph.Contains("=\"", StringComparison.Ordinal) && Markup().IsMatch(paragraph))
        || (paragraph.Contains("[/", StringComparison.Ordinal) && Shortcode().IsMatch(paragraph) && WordTokenizer.Count(paragraph) <= MaxShortcodeWords);

    [GeneratedRegex(@"</?[a-z][a-z0-9]*(?:\s+[\w-]+=""[^""]*"")+\s*/?>|(?:\s[\w-]+=""[^""]*""){2}")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\[/\w+\]")]
    private static partial Regex Shortcode();
}
