using System.Net;
using System.Text;

namespace Pipeline.Console.Pages;

/// <summary>
/// Writing pages safely: every string that comes from an input, a report or a request goes through <see cref="E"/>
/// (or into a URL through <see cref="PathPart"/>/<see cref="Query"/>); markup comes only from this code.
/// </summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A blob name as a URL path: each segment escaped, the slashes kept.</summary>
    public static string PathPart(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));

    public static string Query(params (string Name, string? Value)[] parameters) =>
        "?" + string.Join('&', parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));

    /// <summary>An http(s) URL from a document, or null: no <c>javascript:</c> or <c>data:</c> link from untrusted input.</summary>
    public static string? SafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    public static string Status(string status) => $"<span class=\"status status-{E(status)}\">{E(status)}</span>";

    public static string Number(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The page around <paramref name="body"/>; <paramref name="refreshSeconds"/> reloads it (live progress without script).</summary>
    public static IResult Page(string title, string body, int? refreshSeconds = null, int status = 200)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        if (refreshSeconds is { } seconds)
        {
            page.Append($"<meta http-equiv=\"refresh\" content=\"{seconds}\">");
        }

        page.Append($"<title>{E(title)} · pipeline console</title><link rel=\"stylesheet\" href=\"/console.css\"></head><body>");
        page.Append("<header><nav><a href=\"/\">Overview</a> <a href=\"/search\">Search</a></nav></header><main>");
        page.Append(body);
        page.Append("</main></body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
