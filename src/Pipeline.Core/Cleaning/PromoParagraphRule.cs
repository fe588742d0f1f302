using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises sales and sign-up pitches (purchase, subscribe, discount, offer valid, newsletter, in several languages):
/// a paragraph with two distinct pitch signals, a short one that opens with a call to action, or a label of a few words
/// naming a newsletter or subscription.
/// </summary>
public sealed partial class PromoParagraphRule : IParagraphRule
{
    public static readonly PromoParagraphRule Instance = new();

    private PromoParagraphRule()
    {
    }

    public string Name => "promo";

    public bool Matches(string paragraph) => IsPromo(paragraph);

    private const int MaxWords = 150;
    private const int MaxCallToActionWords = 40;
    private const int MaxShortPitchWords = 40;
    private const int MaxSignUpLabelWords = 8;

    // Every signal contains one of these; most paragraphs contain none, and the regex then never runs. They are searched
    // in three sets, the first found wins: one set of all 37 measured about twice as slow as these three together, and
    // "forum" (whose "for" opens countless English words) was the costliest member of the set it was in.
    private static readonly SearchValues<string>[] SignalStems =
    [
        SearchValues.Create(
            ["purchase", "buy now", "order now", "subscri", "sign up", "signup", "newsletter", "discount", "% off", "offer valid", "offer ends",
             "limited time", "limited-time", "promo code", "coupon", "free trial", "exclusive access", "special offer"],
            StringComparison.OrdinalIgnoreCase),
        SearchValues.Create(
            ["register now", "abonn", "rabatt", "angebot g", "suscr", "descuento", "oferta v", "inscrivez", "duction", "offre valable", "iscriviti",
             "sconto", "inbox", "unsubscribe", "news alerts", "get access", "click here", "delivered to"],
            StringComparison.OrdinalIgnoreCase),
        SearchValues.Create(["forum"], StringComparison.OrdinalIgnoreCase),
    ];

    // Opening words of a call to action ("Subscribe now", "Get our app", "Join us"), checked before the regex runs.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CallToActionWords =
        new HashSet<string>(["subscribe", "sign", "buy", "purchase", "get", "join", "register", "download", "want", "abonnieren", "abonnez", "suscríbete"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // First characters of the Chinese signals (订阅 訂閱 优惠 優惠 折扣 购买 購買).
    private static readonly SearchValues<char> CjkSignalStarts = SearchValues.Create("订訂优優折购購");

    public static bool IsPromo(string paragraph)
    {
        var span = paragraph.AsSpan();
        var firstStem = span.IndexOfAny(CjkSignalStarts);
        foreach (var stems in SignalStems)
        {
            var first = span.IndexOfAny(stems);
            firstStem = firstStem < 0 ? first : first < 0 ? firstStem : Math.Min(firstStem, first);
        }

        if (firstStem < 0 && !CallToActionWords.Contains(FirstWord(span)))
        {
            return false;
        }

        var words = WordCount(paragraph);
        if (words > MaxWords)
        {
            return false;
        }

        if (words <= MaxCallToActionWords && CallToAction().IsMatch(paragraph))
        {
            return true;
        }

        // A line of a few words naming a newsletter or subscription is a sign-up box's label or button.
        if (words <= MaxSignUpLabelWords && firstStem >= 0 && SignUp().IsMatch(paragraph))
        {
            return true;
        }

        if (firstStem < 0)
        {
            return false;
        }

        // Deal and product articles mention prices and sign-ups too: two signals make a pitch only in a short
        // paragraph or one speaking for the site ("our"); otherwise it takes three.
        var needed = words <= MaxShortPitchWords || OurVoice().IsMatch(paragraph) ? 2 : 3;
        var distinct = new List<string>(needed);
        foreach (var match in Signal().EnumerateMatches(paragraph, Math.Max(0, firstStem - 4)))
        {
            var signal = paragraph.Substring(match.Index, match.Length);
            if (!distinct.Contains(signal, StringComparer.OrdinalIgnoreCase))
            {
                distinct.Add(signal);
                if (distinct.Count >= needed)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static int WordCount(string text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            words += text[i] != ' ' && (i == 0 || text[i - 1] == ' ') ? 1 : 0;
        }

        return words;
    }

    [GeneratedRegex(@"\b(?:purchase|buy now|order now|subscribe|subscription|sign up|newsletter|discount|\d+\s?% off|offer valid|offer ends|limited[- ]time|promo code|coupon|free trial|exclusive access|special offer|register now|abonnieren|abonnez|abonnement|rabatt|angebot gültig|suscríbete|suscripción|descuento|oferta válida|inscrivez|réduction|offre valable|iscriviti|sconto|inbox|newsletters|signup|unsubscribe|breaking news alerts|get access|click here|delivered to|forums?)\b|订阅|訂閱|优惠|優惠|折扣|购买|購買", RegexOptions.IgnoreCase)]
    private static partial Regex Signal();

    [GeneratedRegex(@"\b(?:newsletters?|subscri(?:be|ption)|abonn(?:ieren|iere|ez|er)|suscr[ií]b)", RegexOptions.IgnoreCase)]
    private static partial Regex SignUp();

    [GeneratedRegex(@"\b(?:our|unser\w*|notre|nos|nuestr[oa]s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OurVoice();

    [GeneratedRegex(@"^\W*(?:subscribe|sign up|buy|purchase|get (?:the|our|your|unlimited|full|access|breaking)|join (?:our|us)|register|download (?:our|the app)|want more|abonnieren|abonnez|suscríbete|订阅|訂閱)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();
}
