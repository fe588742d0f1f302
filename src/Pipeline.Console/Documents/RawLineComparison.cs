using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Console.Documents;

/// <summary>
/// Which lines of a raw text record made it into the clean document: a line is kept when its words appear, in order,
/// in the document's text (title, summary, body, metadata), wherever the pipeline re-wrapped them. This is a
/// comparison of the two texts, not the pipeline's own account: it can't tell which rule removed a line.
/// </summary>
public static partial class RawLineComparison
{
    public static List<(string Line, bool Kept)> Compare(string raw, string documentText)
    {
        var document = " " + Words(documentText);
        return raw.Split('\n').Select(line => (line.TrimEnd('\r'), Kept(Words(line), document))).ToList();
    }

    /// <summary>Whole words only: " 0 0 " is not found inside " 30 0 ".</summary>
    private static bool Kept(string line, string document) => line.Length == 0 || document.Contains(" " + line, StringComparison.Ordinal);

    /// <summary>Letters and digits only, lower-cased, single-spaced: quote style, bullets and wrapping don't count.</summary>
    internal static string Words(string text)
    {
        var words = new StringBuilder(text.Length);
        foreach (Match word in Word().Matches(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()))
        {
            words.Append(word.Value).Append(' ');
        }

        return words.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
