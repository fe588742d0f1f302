using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Turns a page's date string into ISO 8601, keeping exactly the precision and offset the page gives:
/// "2019-11-19T10:03:00-0500" becomes "2019-11-19T10:03:00-05:00", a local time stays without an offset,
/// a bare date stays a date. Unreadable dates give null rather than a guess.
/// </summary>
internal static partial class PublishedDateNormalizer
{
    // Dates written for people (RFC 1123 in meta tags, "November 19, 2019" in bylines).
    private static readonly string[] OffsetFormats =
    [
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "r", "d MMM yyyy HH:mm 'GMT'", "d MMM yyyy HH:mm 'UTC'",
        "d MMMM yyyy HH:mm 'GMT'", "d MMMM yyyy HH:mm 'UTC'",
    ];
    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "MMM. d, yyyy"];

    private const int MinimumYear = 1970;

    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var match = IsoPattern().Match(text);
        if (match.Success)
        {
            return FromIso(match);
        }

        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset.Year < MinimumYear ? null : withOffset.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        return DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date) && date.Year >= MinimumYear
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static string? FromIso(Match match)
    {
        int Number(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        var (year, month, day) = (Number("y"), Number("mo"), Number("d"));
        if (year < MinimumYear)
        {
            return null; // "0001-01-01T00:00:00Z" is a CMS default, not a date.
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month))
        {
            return null;
        }

        var date = $"{year:D4}-{month:D2}-{day:D2}";
        if (!match.Groups["h"].Success)
        {
            return date;
        }

        var (hour, minute) = (Number("h"), Number("mi"));
        var second = match.Groups["s"].Success ? Number("s") : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var time = $"{date}T{hour:D2}:{minute:D2}:{second:D2}";
        var zone = match.Groups["z"].Value;
        return zone switch
        {
            "" => time,
            "Z" or "z" => time + "Z",
            _ => time + FormatOffset(zone),
        };
    }

    /// <summary>"+0530", "+05:30" and "+05" all become "+05:30" / "+05:00".</summary>
    private static string FormatOffset(string zone)
    {
        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        var minutes = digits.Length >= 4 ? digits[2..4] : "00";
        return $"{zone[0]}{digits[..2]}:{minutes}";
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?)?\s*(?<z>Z|z|[+-]\d{2}(?::?\d{2})?)?$")]
    private static partial Regex IsoPattern();
}
