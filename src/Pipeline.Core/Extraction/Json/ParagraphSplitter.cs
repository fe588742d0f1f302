using System.Text.RegularExpressions;

namespace Pipeline.Core.Extraction.Json;

/// <summary>Cuts plain article text into paragraphs: on blank lines, or on single line breaks when the text has no blank line.</summary>
internal static partial class ParagraphSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var parts = BlankLine().IsMatch(normalized) ? BlankLine().Split(normalized) : normalized.Split('\n');
        return parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();
}
