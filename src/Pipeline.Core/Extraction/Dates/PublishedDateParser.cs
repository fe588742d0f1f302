using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Extraction.Dates;

/// <summary>
/// Finds the first date (with its time where given) in a line of text and renders it as ISO 8601.
/// An offset is added only when the text states one; a date without a time stays a date.
/// </summary>
public static partial class PublishedDateParser
{
    private const string WesternTime =
        @"(?:,?\s*(?:at|um|à|a\s+las|alle|om|kl\.?|-|–|—|\|)?\s*(?<H>\d{1,2})[:h](?<M>\d{2})(?::(?<S>\d{2}))?(?:\s*(?<ap>[AaPp])\.?\s?[Mm]\.?)?(?:\s*Uhr)?)?";

    private const string CjkTime =
        @"(?:\s*(?<ap>上午|下午|午前|午後|오전|오후)?\s*(?<H>\d{1,2})\s*[:：時时시点點]\s*(?<M>\d{1,2})分?)?";

    private const string Offset =
        @"(?:\s*\(?(?:(?<utc>UTC|GMT)(?:\s*(?<sign>[+\-−])\s*(?<oh>\d{1,2})(?::?(?<om>\d{2}))?)?|(?<sign>[+\-−])(?<oh>\d{2}):?(?<om>\d{2})|(?<z>Z)|(?<abbr>[A-Z]{2,4}T))\b\)?)?";

    // Abbreviations that name one offset unambiguously; anything else is left without an offset.
    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.Ordinal)
    {
        ["EST"] = -300, ["EDT"] = -240, ["PST"] = -480, ["PDT"] = -420, ["MST"] = -420, ["MDT"] = -360,
        ["CET"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180, ["WET"] = 0, ["WEST"] = 60,
        ["HKT"] = 480, ["SGT"] = 480, ["JST"] = 540, ["KST"] = 540, ["AEST"] = 600, ["AEDT"] = 660,
    };

    public static DateMatch? Find(string text)
    {
        DateMatch? best = null;
        foreach (var pattern in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (best is not null && match.Index >= best.Index)
                {
                    break;
                }

                if (ToIso(match) is { } iso)
                {
                    best = new DateMatch(iso, match.Index, match.Length);
                    break;
                }
            }
        }

        return best;
    }

    private static readonly Regex[] Patterns = [CjkDate(), IsoDate(), DayMonthNameYear(), MonthNameDayYear(), DottedDayMonthYear()];

    private static string? ToIso(Match match)
    {
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["mon"].Success && !MonthNames.TryGetMonth(match.Groups["mon"].ValueSpan, out month))
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = $"{year:D4}-{month:D2}-{day:D2}";
        if (!match.Groups["H"].Success)
        {
            return date;
        }

        var hour = int.Parse(match.Groups["H"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["M"].ValueSpan, CultureInfo.InvariantCulture);
        var second = match.Groups["S"].Success ? int.Parse(match.Groups["S"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        hour = AdjustForMeridiem(hour, match.Groups["ap"].Value);
        if (hour > 23 || minute > 59 || second > 59)
        {
            return date;
        }

        var local = $"{date}T{hour:D2}:{minute:D2}:{second:D2}";
        return OffsetMinutes(match) is { } offset ? local + FormatOffset(offset) : local;
    }

    private static int AdjustForMeridiem(int hour, string meridiem)
    {
        var pm = meridiem is "下午" or "午後" or "오후" || meridiem.StartsWith('p') || meridiem.StartsWith('P');
        var am = meridiem is "上午" or "午前" or "오전" || meridiem.StartsWith('a') || meridiem.StartsWith('A');
        return pm && hour < 12 ? hour + 12 : am && hour == 12 ? 0 : hour;
    }

    private static int? OffsetMinutes(Match match)
    {
        if (match.Groups["z"].Success)
        {
            return 0;
        }

        if (match.Groups["abbr"].Success)
        {
            return ZoneMinutes.TryGetValue(match.Groups["abbr"].Value, out var minutes) ? minutes : null;
        }

        if (!match.Groups["utc"].Success && !match.Groups["oh"].Success)
        {
            return null;
        }

        if (!match.Groups["oh"].Success)
        {
            return 0;
        }

        var total = int.Parse(match.Groups["oh"].ValueSpan, CultureInfo.InvariantCulture) * 60
            + (match.Groups["om"].Success ? int.Parse(match.Groups["om"].ValueSpan, CultureInfo.InvariantCulture) : 0);
        return total > 14 * 60 ? null : match.Groups["sign"].Value == "+" ? total : -total;
    }

    private static string FormatOffset(int minutes) =>
        $"{(minutes < 0 ? '-' : '+')}{Math.Abs(minutes) / 60:D2}:{Math.Abs(minutes) % 60:D2}";

    [GeneratedRegex(@"(?<y>\d{4})\s*[年년]\s*(?<m>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일号]?(?:\s*[（(][^）)\d]{1,6}[）)])?" + CjkTime + Offset)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"\b(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:(?:T|\s+)(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.\d+)?)?)?" + Offset)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?(?<mon>\p{L}{3,}\.?),?\s+(?:de\s+)?(?<y>\d{4})\b" + WesternTime + Offset)]
    private static partial Regex DayMonthNameYear();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b" + WesternTime + Offset)]
    private static partial Regex MonthNameDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})\b" + WesternTime + Offset)]
    private static partial Regex DottedDayMonthYear();
}
