using System.Text.RegularExpressions;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Drops the sign-up and follow-us pitches that close an article area: sites put them right after the story's last
/// paragraph ("Receive our monthly newsletter…", "Síguenos en Telegram…", "Subscribe now to our e-edition…"). Anywhere
/// else it takes two pitch signals to call a paragraph a promo (<see cref="PromoParagraphRule"/>); in the last few
/// short paragraphs one is enough.
/// </summary>
public static partial class ClosingPitchFilter
{
    private const int ClosingParagraphs = 3;
    private const int MaxPitchWords = 40;

    public const string Reason = "closing-pitch";

    /// <param name="paragraphs">The body's paragraphs.</param>
    /// <param name="removed">Where each dropped pitch is recorded, if given.</param>
    public static IReadOnlyList<string> Drop(IReadOnlyList<string> paragraphs, ICollection<RemovedText>? removed = null)
    {
        List<string>? kept = null;
        for (var i = Math.Max(1, paragraphs.Count - ClosingParagraphs); i < paragraphs.Count; i++)
        {
            if (paragraphs[i].AsSpan().Count(' ') < MaxPitchWords && Pitch().IsMatch(paragraphs[i]))
            {
                kept ??= paragraphs.Take(i).ToList();
                removed?.Add(new RemovedText(paragraphs[i], Reason));
            }
            else
            {
                kept?.Add(paragraphs[i]);
            }
        }

        return kept ?? paragraphs;
    }

    [GeneratedRegex(@"\b(?:newsletter|subscri(?:be|ption|bers?)|abonn(?:ieren|iere|ez|ement)|suscr[ií]b|subskrypcj|sign(?:ing)?\s+up|e-?paper|e-?edition|posteingang|inbox|follow\s+us|folg(?:e|en\s+sie)\s+uns|s[ií]guenos|siga-nos|suivez-nous|seguici|telegram|whatsapp-kanal|apps?\s+(?:for|für|para|pour)\s+(?:ios|android|iphone)|app\s*store|google\s+play)", RegexOptions.IgnoreCase)]
    private static partial Regex Pitch();
}
