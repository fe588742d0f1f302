using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises photo captions by their credit: a short paragraph ending in "Photo: AFP", "Image: Getty",
/// "(Photo by Jane Doe)", "Foto: dpa", "圖片：…", "REUTERS/Jane Doe", "(AP Photo/John Roe)", or opening with a
/// caption label ("FILE PHOTO:", "Image caption"), or a short credit line opening with its label ("Photo by Jane Doe",
/// "Quelle: Fotolia", "© Getty Images").
/// </summary>
public sealed partial class PhotoCaptionRule : IParagraphRule
{
    public static readonly PhotoCaptionRule Instance = new();

    private PhotoCaptionRule()
    {
    }

    public string Name => "photo-caption";

    public bool Matches(string paragraph) => IsCaption(paragraph);

    private const int MaxCaptionLength = 400;
    // Credits sit at the end: only the tail is searched, which keeps long paragraphs cheap.
    private const int TailLength = 100;

    // "crédit" is looked for on its own: one non-ASCII word would send the whole set to a much slower Unicode search.
    private static readonly SearchValues<string> CreditWords = SearchValues.Create(
        ["photo", "image", "picture", "pic", "illustration", "graphic", "credit", "foto", "bild", "imagen", "immagine", "quelle", "source", "fuente"], StringComparison.OrdinalIgnoreCase);

    // First characters of 圖片 图片 照片 圖 图 写真 사진.
    private static readonly SearchValues<char> CjkCreditStarts = SearchValues.Create("圖图照写사");

    /// <summary>
    /// What every wire credit holds: "/", "Getty" or "Photo)". Three single searches measured faster than one search for
    /// a set of the three (one of them a single character).
    /// </summary>
    private static bool MayCreditAgency(ReadOnlySpan<char> tail) =>
        tail.Contains('/') || tail.Contains("getty", StringComparison.OrdinalIgnoreCase) || tail.Contains("photo)", StringComparison.OrdinalIgnoreCase);

    private const int MaxDatedCaptionWords = 60;

    private const int MaxCreditLineWords = 10;
    private const int MaxCopyrightCreditWords = 40;

    public static bool IsCaption(string paragraph)
    {
        if (paragraph.Length > MaxCaptionLength)
        {
            return false;
        }

        var tail = paragraph.AsSpan(Math.Max(0, paragraph.Length - TailLength));
        var credited = tail.ContainsAny(CreditWords) || tail.Contains("crédit", StringComparison.OrdinalIgnoreCase) || tail.ContainsAny(CjkCreditStarts);
        return (credited && tail.IndexOfAny(":：/") >= 0 && TrailingCredit().IsMatch(tail))
            || (credited && tail.IndexOfAny("()[]") >= 0 && BracketedCredit().IsMatch(tail))
            || (MayCreditAgency(tail) && AgencyCredit().IsMatch(tail))
            || CaptionLabel().IsMatch(paragraph)
            || paragraph.AsSpan().Count(' ') < MaxCreditLineWords && LeadingCredit().IsMatch(paragraph)
            || tail.Contains('©') && paragraph.AsSpan().Count(' ') < MaxCopyrightCreditWords && TrailingCopyrightCredit().IsMatch(tail)
            || ((tail.Contains("day,", StringComparison.Ordinal) || tail.Contains(" in ", StringComparison.Ordinal)) && tail.IndexOfAny("\"“”") < 0 && paragraph.AsSpan().Count(' ') < MaxDatedCaptionWords
                && DatedCaptionEnd().IsMatch(tail));
    }

    [GeneratedRegex(@"(?:^|[\s.!?。(\[])(?:photo(?:graph)?|image|picture|pic|illustration|graphic|credit|foto|fotografía|bild|imagen|immagine|圖片|图片|照片|圖|图|写真|사진)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?|von|de|di))?\s*(?:[:：/]|\.{3}|…)\s*[^!?。:\s]+(?:\s+[^!?。:\s]+){0,9}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"[(\[](?:(?:photo(?:graph)?|image|picture|foto|bild|imagen)s?\s*(?:by|credit|courtesy|:)|(?:bild|foto)?quelle\s*:|source\s*:|fuente\s*:|cr[ée]dits?\s*:)[^)\]]{1,80}[)\]]\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedCredit();

    // Wire-photo credits: "REUTERS/Jane Doe", "(AP Photo/John Roe)", "… via Getty Images".
    // Wire captions end with the day the photo was taken: "… in Los Angeles Tuesday, Nov. 19, 2019."
    // … or with the day and the place: "… on November 7, 2019 in New Delhi, India."
    [GeneratedRegex(@"\b(?:on\s+)?\p{Lu}\p{Ll}+day,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\.?\s*$|\bon\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4},?\s+in\s+\p{Lu}[\p{L} .'-]{1,40},\s+\p{Lu}[\p{L} .'-]{1,40}\.?\s*$")]
    private static partial Regex DatedCaptionEnd();

    [GeneratedRegex(@"\([^()]{2,60}/[^()]{1,40}\)\s*$|\b(?:REUTERS|AFP|EPA|AP)\s*/\s*\p{Lu}[\p{L}\s.-]{1,60}\)?\s*$|\((?:AP|AFP|Reuters|EPA)\s+Photo[^)]*\)\s*$|\bGetty\s+Images\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyCredit();

    /// <summary>
    /// A credit line under a picture, opening with its label: "Photo by Jane Doe", "Foto: dpa", "Titelbild: Flickr",
    /// "Quelle: Fotolia", "(Credit: Jane Doe / Grist)", "© Getty Images".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:photo(?:graph)?s?|fotos?|fotografía|bild|image|imagen|immagine|titelbild|beitragsbild|headerbild|quelle|source|fuente|fonte|źródło|credits?|crédits?(?:\s+photos?)?)\s*(?:by|von|de|di|:|：)\s*\S|^\s*\(?©", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCredit();

    /// <summary>A caption closing with its picture's rights holder: "… in Berlin. © Jane Doe / Agency".</summary>
    [GeneratedRegex(@"©\s*[^.!?©]{1,60}$")]
    private static partial Regex TrailingCopyrightCredit();

    [GeneratedRegex(@"^\W*(?:file\s+photo|image\s+copyright|image\s+caption|photo\s+credit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();
}
