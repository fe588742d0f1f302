using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises site disclaimers: affiliate and commission disclosures, trademark notices, medical and
/// "for information only" disclaimers, cookie and consent notices.
/// </summary>
public sealed partial class DisclaimerRule : IParagraphRule
{
    public static readonly DisclaimerRule Instance = new();

    private DisclaimerRule()
    {
    }

    public string Name => "disclaimer";

    public bool Matches(string paragraph) => IsDisclaimer(paragraph);

    private const int MaxLength = 800;

    private static readonly SearchValues<string> DisclaimerStems = SearchValues.Create(
        ["receive", "earn", "commission", "compensation", "affiliate", "trademarks", "food and drug", "consult", "informational", "cookie",
         "by continuing", "unsubscribe", "personal data", "legitimate interest", "privacy policy", "disclaimer", "haftungsausschluss",
         "avertissement", "aviso legal"],
        StringComparison.OrdinalIgnoreCase);

    // A word every alternative of the disclaimer pattern contains (none with a "k", which the pattern's IgnoreCase also
    // finds as the Kelvin sign): the stems above also let through "learn", "year" and "receive", and the patterns,
    // unanchored over up to 800 characters, were most of the rule's time.
    private static readonly SearchValues<string> DisclaimerWords = SearchValues.Create(
        ["share", "commission", "compensation", "affiliate", "trademar", "evaluated", "consult", "informational", "continuing", "unsubscribe",
         "personal", "legitimate", "policy", "disclaimer", "haftungsausschluss", "avertissement", "aviso"],
        StringComparison.OrdinalIgnoreCase);

    public static bool IsDisclaimer(string paragraph) =>
        paragraph.Length <= MaxLength
        && ((paragraph.AsSpan().ContainsAny(DisclaimerStems)
             && ((paragraph.AsSpan().ContainsAny(DisclaimerWords) && Disclaimer().IsMatch(paragraph)) || (MayNameCookies(paragraph) && CookieConsent().IsMatch(paragraph))))
            || (paragraph.AsSpan().ContainsAny(ConsentStems) && ConsentWithdrawal().IsMatch(paragraph)));

    // Every alternative of the withdrawal pattern contains one of these (none with a "k"; all ASCII, for the vectorized search).
    private static readonly SearchValues<string> ConsentStems = SearchValues.Create(
        ["jederzeit", "any time", "anytime", "tout moment", "en cualquier momento", "in qualsiasi momento", "w dowolnym momencie", "a qualquer momento"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The consent clause of a sign-up or comment form, the same convention in every language since the GDPR: the
    /// reader may withdraw the consent (or unsubscribe) at any time ("Ich kann meine Einwilligung jederzeit widerrufen",
    /// "bis auf jederzeitigen Widerruf", "You can withdraw your consent at any time", "vous désinscrire à tout moment",
    /// "retirar su consentimiento en cualquier momento", "revocare il consenso in qualsiasi momento"). A story may say
    /// that something can be revoked at any time; it names the consent or the newsletter in the same sentence only in a
    /// form's clause.
    /// </summary>
    [GeneratedRegex(@"\b(?:einwilligung|zustimmung|einverständnis|newsletter|consent|consentement|consentimiento|consenso|zgod\w*|consentimento)\b[^.!?]{0,120}?(?:\bjederzeit\w*\s+(?:\S+\s+){0,10}?widerruf|\b(?:at\s+any\s+time|anytime)\b|à\s+tout\s+moment|en\s+cualquier\s+momento|in\s+qualsiasi\s+momento|w\s+dowolnym\s+momencie|a\s+qualquer\s+momento)|\bjederzeit\w*\s+(?:\S+\s+){0,10}?widerruf\w*[^.!?]{0,120}?\b(?:einwilligung|zustimmung|newsletter)|\bbis\s+auf\s+jederzeitigen\s+widerruf|\b(?:unsubscribe|opt[-\s]out|withdraw\s+(?:your\s+)?consent)\s+(?:\S+\s+){0,3}?at\s+any\s+time|(?:désinscrire|désabonner|désinscription)\s+(?:\S+\s+){0,3}?à\s+tout\s+moment|(?:darte|darse|date)\s+de\s+baja\s+(?:\S+\s+){0,3}?en\s+cualquier\s+momento", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentWithdrawal();

    /// <summary>Every alternative of the consent pattern says "cookie", its "k" possibly the Kelvin sign (U+212A).</summary>
    private static bool MayNameCookies(string paragraph) =>
        paragraph.Contains("cookie", StringComparison.OrdinalIgnoreCase) || paragraph.Contains('\u212A');

    /// <summary>A cookie-consent notice or the heading of a consent dialog.</summary>
    public static bool IsCookieConsent(string paragraph) =>
        paragraph.Length <= MaxLength && paragraph.Contains("cookie", StringComparison.OrdinalIgnoreCase) && CookieConsent().IsMatch(paragraph);

    [GeneratedRegex(@"\b(?:may|might|could)\s+(?:receive|earn|get)\s+(?:a\s+)?(?:small\s+)?(?:share|commission|compensation)|affiliate\s+(?:links?|commission|partnerships?)|are\s+(?:registered\s+)?trademarks\s+of|not\s+been\s+evaluated\s+by\s+the\s+food\s+and\s+drug|consult\s+(?:your|a)\s+(?:physician|doctor)\s+before|for\s+(?:general\s+)?informational\s+purposes\s+only|by\s+continuing\s+to\s+(?:use|browse)|unsubscribe\s+at\s+any\s+time|(?:process|store|collect)\w*\s+(?:your\s+)?personal\s+data|legitimate\s+interest|(?:read|see|view)\s+our\s+(?:privacy|cookie)\s+policy|^\W*(?:disclaimer|haftungsausschluss|avertissement|aviso\s+legal)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    /// <summary>
    /// A cookie-consent banner, the same convention on sites in every language: the site saying it uses cookies
    /// ("we use cookies", "Wir verwenden Cookies", "nous utilisons des cookies", "utilizamos cookies", "używamy plików
    /// cookies"), asking to accept or allow them, or the banner's own heading ("Cookie-Einstellungen", "Cookie settings").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:this|our)\s+(?:web)?site\s+uses|we\s+(?:use|serve)|wir\s+(?:verwenden|nutzen|benutzen|setzen)|diese\s+(?:web)?seite\s+(?:verwendet|nutzt|benutzt)|nous\s+utilisons|ce\s+site\s+utilise|utilizamos|usamos|este\s+sitio\s+(?:web\s+)?utiliza|utilizziamo|usiamo|używamy|korzystamy\s+z|w[ei]j?\s+gebruiken)\s+(?:\p{L}+\s+){0,3}(?:\p{L}+\s+)?(?:cookies?|cookie-)|\bcookies?\b[^.!?]{0,60}\b(?:zu(?:stimm|lass)|einwillig|akzeptier|accept|allow|consent|agree|acepta|consentement|zgod)|\b(?:zustimm|einwillig|akzeptier|accept|allow|consent|agree|acepta|consentement|zgod)\w*\s+(?:\p{L}+\s+){0,4}cookies?\b|\bstimm\w*\s+(?:\p{L}+\s+){1,5}cookies?\s+zu\b|^\W*cookie[- ]?(?:zustimmung|einstellungen|settings|preferences|richtlinie|consent|hinweis)", RegexOptions.IgnoreCase)]
    private static partial Regex CookieConsent();
}
