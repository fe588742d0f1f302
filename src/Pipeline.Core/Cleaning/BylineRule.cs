using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Cleaning;

/// <summary>Recognises a byline line left in the body: "By Meg James", "BY JANE DOE", "Von Anna Schmidt", "Par Jean Dupont", "Por …", "Di …".</summary>
public sealed partial class BylineRule : IParagraphRule
{
    public static readonly BylineRule Instance = new();

    private const int MaxWords = 12;

    private BylineRule()
    {
    }

    public string Name => "byline";

    public bool Matches(string paragraph) => Byline().IsMatch(paragraph) && WordTokenizer.Count(paragraph) <= MaxWords;

    [GeneratedRegex(@"^\s*(By|BY|Par|Von|Por|Di)\s+\p{Lu}")]
    private static partial Regex Byline();
}
