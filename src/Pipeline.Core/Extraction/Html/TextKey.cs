using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Html;

/// <summary>Text reduced to its lower-cased words, for comparing a block with a title, a description or an alt text.</summary>
internal static class TextKey
{
    public static string Of(string text) => WordTokenizer.Canonical(text.ToLowerInvariant());
}
