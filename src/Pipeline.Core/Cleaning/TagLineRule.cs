using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the tag and category lines under an article: "Tags: …", "Schlagwörter: …", "Themen: …", "Kategorien: …",
/// "Etiquetas: …", "Mots-clés : …", "Tagi: …".
/// </summary>
public sealed partial class TagLineRule : IParagraphRule
{
    public static readonly TagLineRule Instance = new();

    private TagLineRule()
    {
    }

    public string Name => "tag-line";

    public bool Matches(string paragraph) => IsTagLine(paragraph);

    private const int MaxWords = 30;

    public static bool IsTagLine(string paragraph) =>
        paragraph.Length <= 300 && paragraph.AsSpan().Count(' ') < MaxWords && paragraph.Contains(':') && Label().IsMatch(paragraph);

    [GeneratedRegex(@"^\W*(?:tags?|tagged|schlagw[öo]rte?r?|stichw[öo]rte?r?|themen|topics|keywords|kategorien?|categor(?:y|ies|ías?|ie)|etiquetas|mots-cl[ée]s|tagi)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
