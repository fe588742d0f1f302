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

    public static bool IsBoilerplate(string? className, string? id)
    {
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return false;
        }

        var names = $"{className} {id}".ToLowerInvariant();
        if (names.Contains("embed", StringComparison.Ordinal) && !names.Contains("caption", StringComparison.Ordinal) && !names.Contains("credit", StringComparison.Ordinal))
        {
            return false; // An embedded tweet or post inside the story ("social-media-embed") is quoted story text.
        }

        if (StrongParts.Any(names.Contains))
        {
            return true;
        }

        if (ContentParts.Any(names.Contains))
        {
            return false;
        }

        return WeakParts.Any(names.Contains) || Tokens(names).Any(WeakTokens.Contains);
    }

    /// <summary>Comments, replies, forums: furniture whose text reads like prose.</summary>
    public static bool IsDiscussion(string? className, string? id)
    {
        var names = $"{className} {id}".ToLowerInvariant();
        return DiscussionParts.Any(names.Contains);
    }

    private static string[] Tokens(string names) =>
        names.Split([' ', '_', '-', '\t', '\n', '.', ':', '/'], StringSplitOptions.RemoveEmptyEntries);
}
