using System.Text.RegularExpressions;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Removes what text browsers print for page widgets rather than text: image placeholders ("[logo.png]", "[IMG]", w3m's
/// cut-off file names "[facebook_3]" with an underscore no word has),
/// buttons ("(BUTTON)", "[Submit]"), form fields ("____", "[ ]"), iframes ("IFRAME: https://…") and ad slots ("[INS: :INS]").
/// </summary>
public static partial class BrowserWidgetStripper
{
    public static string Strip(string text) =>
        text.Contains('[') || text.Contains('(') || text.Contains("__", StringComparison.Ordinal) || text.Contains("IFRAME", StringComparison.Ordinal)
            ? Widget().Replace(text, " ").Trim()
            : text;

    // Case-sensitive on purpose: browsers print these markers in fixed case, and it keeps the scan fast.
    // An image with no alt text is printed as its file name, cut short and often without its extension ("[mail_31]",
    // "[logo_248]", "[photo.jpg?h=8c82]"): one bracketed token with an underscore is a file name, not a word; an index
    // in code ("row[col_name]") follows a word and stays. The atomic group keeps that alternative from backtracking.
    [GeneratedRegex(@"\[[^\]\s]{0,80}\.(?i:png|jpe?g|gif|svg|webp|bmp)\]|(?<!\w)\[(?>[^\]\s_]{0,80})_[^\]\s]{0,80}\]|\[(?:IMG|INLINE|LINK|X|\*|javascript|1x1|INS:\s*:INS|BUTTON[^\]]{0,30}|Submit|Search)\]|\[\s*\]|\(BUTTON\)|_{3,}|IFRAME:\s*\S+|\(not implemented\)")]
    private static partial Regex Widget();
}
