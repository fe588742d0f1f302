using System.Globalization;
using System.Text;

namespace Pipeline.Core.Text;

/// <summary>Unicode and whitespace normalization for one line or paragraph: NFC, no control or zero-width characters, single spaces.</summary>
public static class TextNormalizer
{
    public static string NormalizeInline(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || rune.Value == 0xFEFF)
            {
                pendingSpace = builder.Length > 0 && rune.Value != 0xFEFF;
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // Not rune.ToString(): a string per character.
            if (rune.IsBmp)
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append(char.ConvertFromUtf32(rune.Value));
            }
        }

        return builder.ToString();
    }
}
