using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the credit and contact lines around an article: "(Reporting by …; Editing by …)", "Have a tip? … may be
/// reached at …", "Follow her on Twitter", and short paragraphs carrying an e-mail address.
/// </summary>
public static partial class CreditAndContactRule
{
    private const int MaxLength = 400;

    public static bool IsCreditOrContact(string paragraph) => paragraph.Length <= MaxLength && Credit().IsMatch(paragraph);

    [GeneratedRegex(@"^\W*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b|\b(?:editing|reporting)\s+by\s+\p{Lu}\w+\s+\p{Lu}\w+[^.]*\)\s*$|may\s+be\s+reached\s+at|can\s+be\s+reached\s+at|\bcontact\s+(?:the\s+)?(?:author|reporter|writer)|have\s+a\s+(?:news\s+)?tip\?|follow\s+(?:him|her|them|me|us)\s+on\s+(?:twitter|facebook|instagram)|[\w.+-]+@[\w-]+\.[\w.]+", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
