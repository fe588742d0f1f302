using System.Text.RegularExpressions;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Finds cookie-consent dialogs in a page dump. Only the dialog's opening notice says "cookies"; the paragraphs under it
/// (what each category of storage is for) read as prose. The dialog runs from that notice to its row of buttons
/// ("Accept", "Ablehnen", "Tout accepter", "Einstellungen speichern"), which dialogs print in every language.
/// </summary>
internal static partial class ConsentDialog
{
    /// <summary>Blocks a dialog may hold between its notice and its buttons.</summary>
    private const int MaxBlocks = 14;

    private const int MaxButtonRowWords = 14;

    /// <summary>Marks every block of each consent dialog, from its notice to its button row, in <paramref name="inDialog"/>.</summary>
    public static void Mark(IReadOnlyList<TextBlock> blocks, bool[] inDialog)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!DisclaimerRule.IsCookieConsent(blocks[i].Text))
            {
                continue;
            }

            for (var j = i + 1; j < blocks.Count && j <= i + MaxBlocks; j++)
            {
                if (IsButtonRow(blocks[j].Text))
                {
                    Array.Fill(inDialog, true, i, j - i + 1);
                    i = j;
                    break;
                }
            }
        }
    }

    /// <summary>A few words, not a sentence, one of them a button's ("Accept", "Ablehnen").</summary>
    private static bool IsButtonRow(string text) => text.AsSpan().Count(' ') < MaxButtonRowWords && !SentenceEnd.IsEndOf(text) && Button().IsMatch(text);

    [GeneratedRegex(@"\b(?:accept|reject|decline|deny|allow\s+all|agree|akzeptier|ablehnen|zustimmen|alle\s+zulassen|erlauben|einverstanden|speichern|accepter|refuser|tout\s+accepter|aceptar|rechazar|accetta|rifiuta|aceitar|rejeitar|akceptuj|odrzuć|zgadzam)", RegexOptions.IgnoreCase)]
    private static partial Regex Button();
}
