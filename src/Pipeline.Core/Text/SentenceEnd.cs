namespace Pipeline.Core.Text;

/// <summary>Whether text ends a sentence: closing punctuation (Latin or CJK), possibly inside quotes or brackets.</summary>
public static class SentenceEnd
{
    public static bool IsEndOf(string text)
    {
        var end = text.AsSpan().TrimEnd("\"'”’»)]*");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '。' or '！' or '？' or '：';
    }
}
