namespace Pipeline.Core.Reading;

/// <summary>Recognises a decoded input's format from its content first and its name second.</summary>
public static class FormatSniffer
{
    public static DumpFormat Sniff(string name, string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase)))
        {
            return DumpFormat.Html;
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension is ".html" or ".htm" && head.StartsWith("<", StringComparison.Ordinal) ? DumpFormat.Html : DumpFormat.Text;
    }
}
