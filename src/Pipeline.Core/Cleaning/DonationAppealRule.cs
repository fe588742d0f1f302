using System.Buffers;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the donation and reader-support appeals sites set into or after a story: "Jetzt spenden!", "Unterstützen
/// Sie uns bei Steady!", "Unterstütze uns mit deiner Spende!", "Support our journalism", "Donate now", "Faites un don",
/// "Haz una donación", "Wesprzyj nas". A short paragraph asking the reader for money or support in the site's voice.
/// </summary>
public sealed partial class DonationAppealRule : IParagraphRule
{
    public static readonly DonationAppealRule Instance = new();

    // An appeal runs to a sentence or two.
    private const int MaxWords = 40;

    private DonationAppealRule()
    {
    }

    public string Name => "donation-appeal";

    // Every alternative of the pattern contains one of these; none has a "k" (IgnoreCase also finds the Kelvin sign), and
    // all are ASCII ("unterst" for "unterstütz", "yanos" for "apóyanos"), which keeps the search on its vectorized path.
    private static readonly SearchValues<string> AppealStems = SearchValues.Create(
        ["spende", "unterst", "donat", "donaci", "dona ahora", "un don", "support", "soutenez", "yanos", "apoie", "wesprzyj", "uma doa"], StringComparison.OrdinalIgnoreCase);

    public bool Matches(string paragraph) => IsAppeal(paragraph);

    public static bool IsAppeal(string paragraph) =>
        paragraph.AsSpan().ContainsAny(AppealStems) && WordTokenizer.HasAtMost(paragraph, MaxWords) && Appeal().IsMatch(paragraph);

    [GeneratedRegex(
        """
          \bjetzt\ spenden\b | \bspenden\ sie\ (jetzt|hier|uns|online)\b | \bunterstütze(n\ sie)?\ uns\b | \bmit\ (deiner|ihrer|einer)\ spende\b
        | \bjede\ (kleine\ )?spende\ (hilft|zählt)\b
        | \bdonate\ (now|today|here)\b | \bmake\ a\ (tax-deductible\ )?donation\b | (^|[.!?]\s+|\bplease\ )support\ (us|our\ (work|journalism|reporting))\b
        | \bplease\ (consider\ )?(donating|supporting\ us)\b
        | \bfai(re|tes)\ un\ don\b | \bsoutenez-nous\b | \bhaz\ (una\ donación|un\ donativo)\b | \bdona\ ahora\b | \bapóyanos\b
        | \bfaça\ uma\ doação\b | \bapoie-nos\b | \bwesprzyj\ nas\b
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Appeal();
}
