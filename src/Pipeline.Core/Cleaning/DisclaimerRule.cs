using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises site disclaimers: affiliate and commission disclosures, trademark notices, medical and
/// "for information only" disclaimers, cookie and consent notices.
/// </summary>
public static partial class DisclaimerRule
{
    private const int MaxLength = 800;

    private static readonly SearchValues<string> DisclaimerStems = SearchValues.Create(
        ["receive", "earn", "commission", "compensation", "affiliate", "trademarks", "food and drug", "consult", "informational", "cookies",
         "by continuing", "unsubscribe", "personal data", "legitimate interest", "privacy policy",
         "cookie policy", "accept all"],
        StringComparison.OrdinalIgnoreCase);

    public static bool IsDisclaimer(string paragraph) =>
        paragraph.Length <= MaxLength && paragraph.AsSpan().ContainsAny(DisclaimerStems) && Disclaimer().IsMatch(paragraph);

    [GeneratedRegex(@"\b(?:may|might|could)\s+(?:receive|earn|get)\s+(?:a\s+)?(?:small\s+)?(?:share|commission|compensation)|affiliate\s+(?:links?|commission|partnerships?)|are\s+(?:registered\s+)?trademarks\s+of|not\s+been\s+evaluated\s+by\s+the\s+food\s+and\s+drug|consult\s+(?:your|a)\s+(?:physician|doctor)\s+before|for\s+(?:general\s+)?informational\s+purposes\s+only|(?:this|our)\s+(?:web)?site\s+uses\s+cookies|we\s+use\s+cookies|by\s+continuing\s+to\s+(?:use|browse)|unsubscribe\s+at\s+any\s+time|(?:process|store|collect)\w*\s+(?:your\s+)?personal\s+data|legitimate\s+interest|(?:read|see|view)\s+our\s+(?:privacy|cookie)\s+policy|accept\s+all\s+cookies", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();
}
