using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the prompts a page puts around an article about the article itself: feedback and share widgets ("Was
/// this article helpful?", "War der Artikel nützlich?", "Artikel gefallen? Vergiss nicht zu teilen!", "Artikel teilen",
/// "Cet article vous a-t-il été utile ?").
/// </summary>
public sealed partial class ArticlePromptRule : IParagraphRule
{
    public static readonly ArticlePromptRule Instance = new();

    private ArticlePromptRule()
    {
    }

    public string Name => "article-prompt";

    public bool Matches(string paragraph) => IsArticlePrompt(paragraph);

    private const int MaxWords = 10;

    // Both alternatives of the pattern need one of its verdict words ("helpful", "teilen", "útil"): these cover them all
    // ("til" for "utile" and "útil"), none with a "k", which the pattern's IgnoreCase also finds as the Kelvin sign.
    private static readonly SearchValues<string> VerdictStems = SearchValues.Create(
        ["hilfreich", "tzlich", "gefallen", "helpful", "useful", "teilen", "share", "til"], StringComparison.OrdinalIgnoreCase);

    public static bool IsArticlePrompt(string paragraph) =>
        paragraph.Length <= 120 && paragraph.AsSpan().Count(' ') < MaxWords && paragraph.AsSpan().ContainsAny(VerdictStems) && Prompt().IsMatch(paragraph);

    [GeneratedRegex(@"\b(?:artikel|beitrag|article|post|page|seite|story|art[ií]culo|articolo)\b.{0,30}\b(?:hilfreich|nützlich|gefallen|helpful|useful|teilen|share|utile|útil)\b|\b(?:hilfreich|nützlich|gefallen|helpful|useful|teilen|share|utile|útil)\b.{0,30}\b(?:artikel|beitrag|article|post|story|art[ií]culo|articolo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();
}
