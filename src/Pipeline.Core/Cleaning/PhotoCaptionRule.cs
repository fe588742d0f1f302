using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises photo captions by their credit: a short paragraph ending in "Photo: AFP", "Image: Getty",
/// "(Photo by Jane Doe)", "Foto: dpa", "圖片：…", or one that is only a credit.
/// </summary>
public static partial class PhotoCaptionRule
{
    private const int MaxCaptionLength = 400;

    public static bool IsCaption(string paragraph) =>
        paragraph.Length <= MaxCaptionLength && (TrailingCredit().IsMatch(paragraph) || BracketedCredit().IsMatch(paragraph) || AgencyCredit().IsMatch(paragraph));

    [GeneratedRegex(@"(?:^|[\s.!?。(\[])(?:photo(?:graph)?|image|picture|pic|illustration|graphic|credit|foto|fotografía|bild|imagen|immagine|圖片|图片|照片|圖|图|写真|사진)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?|von|de|di))?\s*[:：/]\s*[^.!?。:]{1,80}[)\]]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"[(\[](?:photo(?:graph)?|image|picture|foto|bild|imagen)s?\s*(?:by|credit|courtesy|:)[^)\]]{1,80}[)\]]\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedCredit();

    // Wire-photo credits and caption labels: "REUTERS/Jane Doe", "(AP Photo/John Roe)", "FILE PHOTO:", "Image caption".
    [GeneratedRegex(@"^\W*(?:file\s+photo|image\s+copyright|image\s+caption|photo\s+credit)|(?:REUTERS|AFP|EPA|AP)\s*/\s*\p{Lu}[\p{L}\s.-]{1,60}\)?\s*$|\((?:AP|AFP|Reuters|EPA)\s+Photo[^)]*\)\s*$|(?:via\s+)?Getty\s+Images\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyCredit();
}
