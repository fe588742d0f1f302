using System.Text.RegularExpressions;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Removes what text browsers print for page widgets rather than text: image placeholders ("[logo.png]", "[IMG]"),
/// buttons ("(BUTTON)", "[Submit]"), form fields ("____", "[ ]"), iframes ("IFRAME: https://…") and ad slots ("[INS: :INS]").
/// </summary>
public static partial class BrowserWidgetStripper
{
    public static string Strip(string text) =>
        text.Contains('[') || text.Contains('(') || text.Contains("__", StringComparison.Ordinal) || text.Contains("IFRAME", StringComparison.Ordinal)
            ? Widget().Replace(text, " ").Trim()
            : text;

    // Case-sensitive on purpose: browsers print these markers in fixed case, and it keeps the scan fast.
    [GeneratedRegex(@"\[[^\]\s]{0,80}\.(?i:png|jpe?g|gif|svg|webp|bmp)\]|\[(?:IMG|INLINE|LINK|X|\*|javascript|1x1|INS:\s*:INS|BUTTON[^\]]{0,30}|Submit|Search)\]|\[\s*\]|\(BUTTON\)|_{3,}|IFRAME:\s*\S+|\(not implemented\)")]
    private static partial Regex Widget();
}
