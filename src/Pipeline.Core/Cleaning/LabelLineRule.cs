using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises a short labelled line of metadata under or over a story: "Source: …", "Photo: …", "Credit: …", "Filed
/// under: …", "Categories: …", "Related Topics: …".
/// </summary>
public sealed partial class LabelLineRule : IParagraphRule
{
    public static readonly LabelLineRule Instance = new();

    private const int MaxWords = 8;

    private LabelLineRule()
    {
    }

    public string Name => "label-line";

    public bool Matches(string paragraph) => paragraph.Contains(':') && Label().IsMatch(paragraph) && WordTokenizer.Count(paragraph) <= MaxWords;

    [GeneratedRegex(@"^\s*(Sources?|Photo|Image|Credit|Filed under|Tags|Tagged|Categories|Category|Topics|Related( \w+)?)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
