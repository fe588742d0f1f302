using System.Globalization;

namespace Pipeline.Core.Extraction.Html;

/// <summary>Reduces a declared language tag ("en-US", "en_GB", "deu") to its ISO 639-1 two-letter code, or null.</summary>
internal static class LanguageCodeNormalizer
{
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        if (primary.Length == 2 && primary.All(char.IsAsciiLetterLower))
        {
            return primary;
        }

        if (primary.Length != 3 || !primary.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        try
        {
            var twoLetter = CultureInfo.GetCultureInfo(primary).TwoLetterISOLanguageName;
            return twoLetter.Length == 2 ? twoLetter : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
