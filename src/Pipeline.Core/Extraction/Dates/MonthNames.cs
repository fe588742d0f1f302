using System.Globalization;

namespace Pipeline.Core.Extraction.Dates;

/// <summary>Month names and abbreviations in the languages dumps are usually written in, mapped to 1–12.</summary>
internal static class MonthNames
{
    // Cultures whose full, genitive and abbreviated month names are recognised; ICU supplies the spellings.
    private static readonly string[] Cultures = ["en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "id", "tr"];

    private static readonly Dictionary<string, int> ByName = Build();

    public static bool TryGetMonth(ReadOnlySpan<char> name, out int month)
    {
        var trimmed = name.TrimEnd('.');
        if (trimmed.Length < 3)
        {
            month = 0;
            return false;
        }

        return ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(trimmed, out month);
    }

    private static Dictionary<string, int> Build()
    {
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["sept"] = 9 };
        foreach (var name in Cultures)
        {
            var format = CultureInfo.GetCultureInfo(name).DateTimeFormat;
            for (var i = 0; i < 12; i++)
            {
                foreach (var spelling in new[] { format.MonthNames[i], format.MonthGenitiveNames[i], format.AbbreviatedMonthNames[i], format.AbbreviatedMonthGenitiveNames[i] })
                {
                    var key = spelling.Trim().TrimEnd('.');
                    if (key.Length >= 3)
                    {
                        names.TryAdd(key, i + 1);
                    }
                }
            }
        }

        return names;
    }
}
