using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>Recognises HTML that leaked into a dump as text: escaped tags ("&amp;lt;span …"), tags and attribute lists.</summary>
public sealed partial class MarkupResidueRule : IParagraphRule
{
    public static readonly MarkupResidueRule Instance = new();

    private MarkupResidueRule()
    {
    }

    public string Name => "markup-residue";

    public bool Matches(string paragraph) => IsMarkup(paragraph);

    public static bool IsMarkup(string paragraph) =>
        paragraph.Contains("&lt;", StringComparison.Ordinal) || (paragraph.Contains("=\"", StringComparison.Ordinal) && Markup().IsMatch(paragraph));

    [GeneratedRegex(@"</?[a-z][a-z0-9]*(?:\s+[\w-]+=""[^""]*"")+\s*/?>|(?:\s[\w-]+=""[^""]*""){2}")]
    private static partial Regex Markup();
}
