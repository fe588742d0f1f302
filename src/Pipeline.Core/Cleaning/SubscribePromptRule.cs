using System.Buffers;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the newsletter, follow-us and share prompts set around a story: "Sign up for our newsletter…", "Get the
/// latest … in your inbox", "Follow us on Twitter", "Join our community", "Like this story?", "Share it with a friend";
/// whatever they offer, a short paragraph about delivery into the reader's inbox ("straight to your inbox", "in deinen
/// Posteingang", "dans votre boîte mail") or about checking it for the confirmation is a sign-up pitch.
/// </summary>
public sealed partial class SubscribePromptRule : IParagraphRule
{
    public static readonly SubscribePromptRule Instance = new();

    // A prompt runs to a sentence or two.
    private const int MaxWords = 45;

    private SubscribePromptRule()
    {
    }

    public string Name => "subscribe-prompt";

    // Every alternative of the pattern contains one of these, and most paragraphs contain none: a vectorized scan then
    // spares the pattern. None has a "k", which the pattern's IgnoreCase also finds as the Kelvin sign and this would not;
    // all are ASCII ("votre bo" for "votre boîte"), which keeps the search on its vectorized path.
    private static readonly SearchValues<string> PromptStems = SearchValues.Create(
        ["sign up for", "subscribe to", "newsletter", "get the latest", " here to", "follow", "join ", "this story?", "this article?", "this post?",
         "share it with", "share this", "inbox", "posteingang", "postfach", "votre bo", "bandeja de entrada", "caixa de entrada"],
        StringComparison.OrdinalIgnoreCase);

    // Counting words is cheaper than the pattern, and a story's paragraph is usually too long to be a prompt.
    public bool Matches(string paragraph) =>
        paragraph.AsSpan().ContainsAny(PromptStems) && WordTokenizer.HasAtMost(paragraph, MaxWords) && Prompt().IsMatch(paragraph);

    [GeneratedRegex(
        """
          \b(sign\ up\ for\ (our|the) | subscribe\ to\ (our|the) | newsletters?\b.*\binbox
             | get\ the\ latest\ .*\ in\ your\ inbox | click\ here\ to)
        | ^\s*subscribe\ to\b | ^\s*follow\b.*\bon\ (twitter|facebook|instagram|youtube) | ^\s*join\ (us|our)\b
        | ^\s*(like|enjoy(ed)?)\ this\ (story|article|post)\? | \bshare\ (it|this(\ story|\ article)?)\ with\b
        | \b(to|into)\ (your|their)\ inbox(es)?\b | \bin\ your\ inbox\ (every|each|daily|weekly)\b | \bcheck\ (out\ )?your\ inbox\b
        | \bin\ (deinen|ihren)\ posteingang\b | \b(ins|in\ dein|in\ ihr)\ (e-?mail[-\ ]?)?postfach\b | \b(prüfe|überprüfen\ sie)\ (deinen|ihren)\ posteingang\b
        | \bdans\ votre\ boîte\ (mail|e-?mail|de\ réception)\b | \b(en|revisa)\ tu\ bandeja\ de\ entrada\b | \bna\ sua\ caixa\ de\ entrada\b
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Prompt();
}
