namespace Pipeline.Core.Extraction.Text;

/// <summary>Terminal column widths: text browsers wrap by columns, and East Asian wide characters take two.</summary>
internal static class DisplayWidth
{
    public static int Of(ReadOnlySpan<char> text)
    {
        if (!MayHaveWideOrSurrogate(text))
        {
            return text.Length;
        }

        var width = 0;
        foreach (var c in text)
        {
            width += char.IsLowSurrogate(c) ? 0 : IsWide(c) ? 2 : 1;
        }

        return width;
    }

    /// <summary>
    /// False when every character takes one column. Nothing below U+1100 is wide or a surrogate, and dashes, curly
    /// quotes and box drawing lie above it but below U+2E80 with only Hangul jamo among them: two vectorized scans
    /// settle nearly every line.
    /// </summary>
    public static bool MayHaveWideOrSurrogate(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u2E80', '\uFFFF') || text.ContainsAnyInRange('\u1100', '\u115F');

    /// <summary>CJK ideographs, kana, hangul and full-width forms (the common East Asian Wide ranges).</summary>
    public static bool IsWide(char c) =>
        c >= '\u1100' && (c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6') or (>= '\uD840' and <= '\uD87F'));
}
