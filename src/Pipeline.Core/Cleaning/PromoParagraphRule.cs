using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises sales and sign-up pitches (purchase, subscribe, discount, offer valid, newsletter, in several languages):
/// a paragraph with two distinct pitch signals, or a short one that opens with a call to action.
/// </summary>
public static partial class PromoParagraphRule
{
    private const int MaxWords = 150;
    private const int MaxCallToActionWords = 40;

    public static bool IsPromo(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxWords)
        {
            return false;
        }

        var signals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Signal().Matches(paragraph))
        {
            signals.Add(match.Value);
        }

        return signals.Count >= 2 || (words <= MaxCallToActionWords && CallToAction().IsMatch(paragraph));
    }

    [GeneratedRegex(@"\b(?:purchase|buy now|order now|subscribe|subscription|sign up|newsletter|discount|\d+\s?% off|offer valid|offer ends|limited[- ]time|promo code|coupon|free trial|exclusive access|special offer|register now|abonnieren|abonnez|abonnement|rabatt|angebot gültig|suscríbete|suscripción|descuento|oferta válida|inscrivez|réduction|offre valable|iscriviti|sconto|inbox|newsletters|sign up|signup|unsubscribe|breaking news alerts|get access|click here|delivered (?:to|weekday|every)|our sister title|forums?)\b|订阅|訂閱|优惠|優惠|折扣|购买|購買", RegexOptions.IgnoreCase)]
    private static partial Regex Signal();

    [GeneratedRegex(@"^\W*(?:subscribe|sign up|buy|purchase|get (?:the|our|your|unlimited|full|access|breaking)|join (?:our|us)|register|download (?:our|the app)|need more|let our news|want more|abonnieren|abonnez|suscríbete|订阅|訂閱)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();
}
