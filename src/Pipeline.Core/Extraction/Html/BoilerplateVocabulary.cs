using System.Buffers;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Generic class/id words that mark page furniture (share bars, comments, related links, promos...) or the story itself.
/// Long words match inside compound names ("socialShareBar"); short ones only as whole tokens ("ad" must not match "header").
/// </summary>
internal static class BoilerplateVocabulary
{
    // Furniture whatever else the name says: a "comment-body" is still a comment.
    private static readonly string[] StrongParts =
    [
        "comment", "share", "sharing", "social", "related", "newsletter", "subscribe", "signup", "cookie", "consent",
        "promo", "advert", "sponsor", "caption", "outbrain", "taboola", "recommend", "popular", "trending", "breadcrumb",
        "sidebar", "disqus", "paywall", "readmore", "read-more", "more-stories", "morestories", "also-read", "newsfeed",
        "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "skip-link", "onetrust", "gdpr", "jump-link",
        "reply", "replies", "respond", "tooltip", "popover", "hovercard", "rollover", "excerpt", "teaser", "byline",
        "author-bio", "authorinfo", "author-info", "about-author", "aboutauthor", "authorbio", "carousel",
        "slider", "recirc", "read-next", "up-next", "youmaylike", "you-may-like", "more-posts",
        // "robots-nocontent": the page's own mark for text that is not its content.
        "nocontent",
    ];

    // Furniture unless the same name also says it holds the story ("article-nav" yes, "main-content-footer" no).
    // A gallery or slideshow is furniture beside a story, but the story itself when it is one ("gallery-article-content").
    private static readonly string[] WeakParts = ["footer", "masthead", "toolbar", "dateline", "pagination", "widget", "banner", "gallery", "slideshow"];

    private static readonly HashSet<string> WeakTokens = new(StringComparer.Ordinal)
    {
        "ad", "ads", "nav", "navbar", "navigation", "menu", "tags", "tag", "meta", "author", "authors", "credit", "credits",
        "print", "tools", "modal", "popup", "overlay", "hide", "hidden", "timestamp", "date", "rating", "follow", "bio",
        "topics", "keywords", "disclaimer", "skip", "login", "header", "masthead", "pullquote", "cta",
    };

    private static readonly string[] DiscussionParts = ["comment", "disqus", "repl", "respond", "discussion", "forum"];

    private static readonly string[] ContentParts = ["article", "story", "content", "entry", "post", "main", "body", "text"];

    // Every element of a page is asked (hundreds per page), so the word lists are searched all at once (Teddy/Aho-Corasick)
    // on a lower-cased copy held on the stack, with no string, delegate or split array per element.
    private static readonly SearchValues<string> Strong = SearchValues.Create(StrongParts, StringComparison.Ordinal);
    private static readonly SearchValues<string> Weak = SearchValues.Create(WeakParts, StringComparison.Ordinal);
    private static readonly SearchValues<string> Content = SearchValues.Create(ContentParts, StringComparison.Ordinal);
    private static readonly SearchValues<string> Discussion = SearchValues.Create(DiscussionParts, StringComparison.Ordinal);
    private static readonly SearchValues<char> TokenSeparators = SearchValues.Create(" _-\t\n.:/");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakTokenLookup = WeakTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int StackNamesLength = 256;

    public static bool IsBoilerplate(string? className, string? id)
    {
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[StackNamesLength];
        ReadOnlySpan<char> names = Lowered(className, id, buffer);
        if (names.Contains("embed", StringComparison.Ordinal) && !names.Contains("caption", StringComparison.Ordinal) && !names.Contains("credit", StringComparison.Ordinal))
        {
            return false; // An embedded tweet or post inside the story ("social-media-embed") is quoted story text.
        }

        if (names.ContainsAny(Strong))
        {
            return true;
        }

        if (names.ContainsAny(Content))
        {
            return false;
        }

        return names.ContainsAny(Weak) || HasWeakToken(names);
    }

    /// <summary>Comments, replies, forums: furniture whose text reads like prose.</summary>
    public static bool IsDiscussion(string? className, string? id)
    {
        Span<char> buffer = stackalloc char[StackNamesLength];
        return Lowered(className, id, buffer).ContainsAny(Discussion);
    }

    /// <summary>"{className} {id}" lower-cased (invariant culture), in <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Lowered(string? className, string? id, Span<char> buffer)
    {
        className ??= "";
        id ??= "";
        var length = className.Length + 1 + id.Length;
        var names = length <= buffer.Length ? buffer[..length] : new char[length];
        className.AsSpan().ToLowerInvariant(names);
        names[className.Length] = ' ';
        id.AsSpan().ToLowerInvariant(names[(className.Length + 1)..]);
        return names;
    }

    /// <summary>Whether a whole token of the names (split at spaces, '_', '-', '.', ':' and '/') is a weak furniture word.</summary>
    private static bool HasWeakToken(ReadOnlySpan<char> names)
    {
        while (!names.IsEmpty)
        {
            var end = names.IndexOfAny(TokenSeparators);
            var token = end < 0 ? names : names[..end];
            if (!token.IsEmpty && WeakTokenLookup.Contains(token))
            {
                return true;
            }

            names = end < 0 ? [] : names[(end + 1)..];
        }

        return false;
    }
}
