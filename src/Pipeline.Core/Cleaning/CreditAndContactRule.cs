using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the credit and contact lines around an article: "(Reporting by …; Editing by …)", "Have a tip? … may be
/// reached at …", "Contact the author", "Follow her on Twitter". (A short paragraph carrying an e-mail address is
/// <see cref="EmailLineRule"/>.)
/// </summary>
public sealed partial class CreditAndContactRule : IParagraphRule
{
    public static readonly CreditAndContactRule Instance = new();

    private CreditAndContactRule()
    {
    }

    public string Name => "credit-or-contact";

    public bool Matches(string paragraph) => IsCreditOrContact(paragraph);

    private const int MaxLength = 400;

    private static readonly SearchValues<string> CreditStems = SearchValues.Create(
        ["reporting", "writing", "editing", "edited", "compiled", "translated", "reached at", "contact", "tip?", "follow"], StringComparison.OrdinalIgnoreCase);

    public static bool IsCreditOrContact(string paragraph) =>
        paragraph.Length <= MaxLength
        && paragraph.AsSpan().ContainsAny(CreditStems) && Credit().IsMatch(paragraph);

    [GeneratedRegex(@"^\W*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|translated)\s+by\b|\b(?:editing|reporting)\s+by\s+\p{Lu}\w+\s+\p{Lu}\w+[^.]*\)\s*$|\b(?:may|can)\s+be\s+reached\s+at|\bcontact\s+(?:the\s+)?(?:author|reporter|writer)|\bhave\s+a\s+(?:news\s+)?tip\?|\bfollow\s+(?:him|her|them|me|us)\s+on\s+(?:twitter|facebook|instagram)", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
