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

    public static bool IsArticlePrompt(string paragraph) =>
        paragraph.Length <= 120 && paragraph.AsSpan().Count(' ') < MaxWords && Prompt().IsMatch(paragraph);

    [GeneratedRegex(@"\b(?:artikel|beitrag|article|post|page|seite|story|art[ií]culo|articolo)\b.{0,30}\b(?:hilfreich|nützlich|gefallen|helpful|useful|teilen|share|utile|útil)\b|\b(?:hilfreich|nützlich|gefallen|helpful|useful|teilen|share|utile|útil)\b.{0,30}\b(?:artikel|beitrag|article|post|story|art[ií]culo|articolo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();
}
