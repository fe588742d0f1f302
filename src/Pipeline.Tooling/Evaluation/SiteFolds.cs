using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// Splits a corpus into cross-validation folds by site, so every page of one website falls in the same fold and a rule
/// designed on one fold is judged on sites it never saw. A page's site is its URL's host without "www." and reduced to
/// the registrable domain ("news.example.co.uk" is "example.co.uk"); a page without a URL is placed by the canonical or
/// og:url link in its own HTML, else by its id. The fold is a fixed hash of the site (FNV-1a), stable across runs and
/// machines.
/// </summary>
public static partial class SiteFolds
{
    public const int DefaultCount = 2;

    public static int FoldOf(string site, int folds = DefaultCount)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(site))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)folds);
    }

    /// <summary>The page's site: from its URL, else from the links in its HTML, else its id.</summary>
    public static string SiteOf(string id, string? url, Func<string?>? html = null)
    {
        if (Host(url) is { } host)
        {
            return host;
        }

        var page = html?.Invoke();
        if (page is not null && PageUrl().Match(page) is { Success: true } link && Host(link.Groups["url"].Value) is { } linked)
        {
            return linked;
        }

        return "id:" + id;
    }

    /// <summary>The registrable part of the URL's host, lower-cased, or null when it has none.</summary>
    public static string? Host(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var labels = uri.Host.ToLowerInvariant().Split('.');
        // A country-code domain with a second-level label ("co.uk", "com.au", "gv.at") keeps three labels.
        var keep = labels.Length >= 3 && labels[^1].Length == 2 && labels[^2].Length <= 3 ? 3 : 2;
        return string.Join('.', labels.TakeLast(Math.Min(keep, labels.Length)));
    }

    [GeneratedRegex("""<link[^>]+rel=["']?canonical["']?[^>]+href=["']?(?<url>https?://[^"'\s>]+)|<link[^>]+href=["']?(?<url>https?://[^"'\s>]+)["']?[^>]+rel=["']?canonical|<meta[^>]+property=["']?og:url["']?[^>]+content=["']?(?<url>https?://[^"'\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex PageUrl();
}
