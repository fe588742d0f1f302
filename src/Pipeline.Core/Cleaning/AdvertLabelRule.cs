using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the labels ad slots leave in running text: "Advertisement", "Sponsored", "Anzeige", "Publicité",
/// "Story continues below", "Continue reading below".
/// </summary>
public sealed partial class AdvertLabelRule : IParagraphRule
{
    public static readonly AdvertLabelRule Instance = new();

    private AdvertLabelRule()
    {
    }

    public string Name => "advert-label";

    public bool Matches(string paragraph) => IsAdvertLabel(paragraph);

    private const int MaxLength = 40;

    public static bool IsAdvertLabel(string paragraph) => paragraph.Length <= MaxLength && Label().IsMatch(paragraph);

    [GeneratedRegex(@"^\W*(?:advertisement|advertising|advert|ad|sponsored(?:\s+content)?|paid\s+content|anzeige|werbung|publicité|publicidad|pubblicità|reklame|advertentie|广告|廣告|광고|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+|the\s+)?(?:ad|advertisement))?|continue\s+reading\s+(?:below|the\s+main\s+story))\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
