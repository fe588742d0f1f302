using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>Recognises a CSS or script identifier leaking into text as a line of its own: "landscape-tablet", "ad_slot_2".</summary>
public sealed partial class CssIdentifierRule : IParagraphRule
{
    public static readonly CssIdentifierRule Instance = new();

    private const int MaxLength = 80;

    private CssIdentifierRule()
    {
    }

    public string Name => "css-identifier";

    public bool Matches(string paragraph) => paragraph.Length <= MaxLength && Identifier().IsMatch(paragraph);

    [GeneratedRegex(@"^\s*[a-z0-9]+([-_][a-z0-9]+)+\s*$")]
    private static partial Regex Identifier();
}
