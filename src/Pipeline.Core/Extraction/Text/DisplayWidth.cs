namespace Pipeline.Core.Extraction.Text;

/// <summary>Terminal column widths: text browsers wrap by columns, and East Asian wide characters take two.</summary>
internal static class DisplayWidth
{
    public static int Of(ReadOnlySpan<char> text)
    {
        // Below U+1100 nothing is wide or a surrogate: one vectorized scan settles most lines (Latin text) at once.
        if (!text.ContainsAnyInRange('\u1100', '\uFFFF'))
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

    /// <summary>CJK ideographs, kana, hangul and full-width forms (the common East Asian Wide ranges).</summary>
    public static bool IsWide(char c) =>
        c >= '\u1100' && (c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6') or (>= '\uD840' and <= '\uD87F'));
}
