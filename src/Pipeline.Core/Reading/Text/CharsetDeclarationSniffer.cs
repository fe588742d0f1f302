using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Reading.Text;

/// <summary>Finds the charset an HTML page declares in its first bytes (<c>&lt;meta charset&gt;</c> or <c>http-equiv Content-Type</c>), or an HTTP Content-Type header states.</summary>
internal static partial class CharsetDeclarationSniffer
{
    /// <summary>HTML requires the declaration within the first 1024 bytes; pages are sloppy, so look a little further.</summary>
    private const int PrescanBytes = 4096;

    public static string? FromHtml(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps bytes to chars one to one: the ASCII markup is read whatever the page's real charset is.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    /// <summary>"text/html; charset=ISO-8859-1" gives "ISO-8859-1".</summary>
    public static string? FromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var match = HeaderCharset().Match(contentType);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""charset\s*=\s*["']?(?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();
}
