using System.Text;

namespace Pipeline.Core.Reading.Warc;

/// <summary>An HTTP response as a WARC response record stores it: status, the headers that say how to read the payload, and where the payload starts.</summary>
internal sealed record HttpResponse(int Status, string? ContentType, string? ContentEncoding, string? TransferEncoding, int PayloadOffset)
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
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new HttpResponse(
            status,
            headers.GetValueOrDefault("Content-Type"),
            headers.GetValueOrDefault("Content-Encoding"),
            headers.GetValueOrDefault("Transfer-Encoding"),
            end + separator);
    }
}
