using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises inline links to other stories set into an article: "READ MORE: …", "SEE ALSO: …", "Related: …",
/// "WATCH: …", "Lesen Sie auch: …", "Auch lesen: …", "Lire aussi : …", "Leia também: …", "Czytaj też: …".
/// </summary>
public sealed partial class ReadMoreLinkRule : IParagraphRule
{
    public static readonly ReadMoreLinkRule Instance = new();

    private ReadMoreLinkRule()
    {
    }

    public string Name => "read-more-link";

    public bool Matches(string paragraph) => IsReadMoreLink(paragraph);

    private const int MaxLength = 200;

    public static bool IsReadMoreLink(string paragraph) => paragraph.Length <= MaxLength && Label().IsMatch(paragraph);

    [GeneratedRegex(@"^\W*(?:read\s+(?:more|also|next)|see\s+(?:more|also)|also\s+read|related(?:\s+(?:story|article|content|coverage))?|watch|listen|more|recommended|lesen\s+sie\s+(?:auch|mehr|hier)|lies\s+auch|auch\s+lesen|weiterlesen|mehr\s+zum\s+thema|voir\s+aussi|ver\s+también|czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także|również)|lire\s+aussi|à\s+lire\s+aussi|leia\s+também|lee\s+también|leggi\s+anche|관련\s*기사|相关阅读|相關閱讀|延伸閱讀|延伸阅读)\s*[:：»>|]", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
