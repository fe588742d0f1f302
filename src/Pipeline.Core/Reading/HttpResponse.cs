using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>An HTTP response as a WARC response record stores it: status, Content-Type, and where the payload starts.</summary>
internal sealed record HttpResponse(int Status, string? ContentType, int PayloadOffset)
{
    public static HttpResponse? Parse(ReadOnlySpan<byte> block)
    {
        var end = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = block.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (end < 0 || !block.StartsWith("HTTP/"u8))
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(block[..end]).Split('\n');
        var statusParts = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var status = statusParts.Length > 1 && int.TryParse(statusParts[1], out var code) ? code : 0;
        string? contentType = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = line[(colon + 1)..].Trim();
            }
        }

        return new HttpResponse(status, contentType, end + separator);
    }
}
