using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Pipeline.Core.Reading.Streams;
using Pipeline.Core.Reading.Text;

namespace Pipeline.Core.Reading.Warc;

/// <summary>
/// Reads a WARC file (Common Crawl and the like) one record at a time ("record 5", counting every WARC record):
/// <c>response</c> records give their HTML payload, decoded with the charset of the HTTP Content-Type header, and their
/// WARC-Target-URI (chunked or compressed payloads are decoded first); request, metadata, warcinfo and other records
/// are skipped without being buffered.
/// </summary>
internal sealed class WarcRecordReader(ReadContext context)
{
    private const int MaxHeaderLines = 512;

    public async IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, string? keyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = context.Options;
        var reader = new BoundedLineReader(stream, 64 * 1024);
        var number = 0;
        while (await ReadHeadersAsync(reader, number + 1, cancellationToken) is { } headers)
        {
            number++;
            var key = RecordKey.Of(keyPrefix, $"record {number}");
            if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, CultureInfo.InvariantCulture, out var length) || length < 0)
            {
                throw new InvalidDataException($"WARC record {number} has no valid Content-Length");
            }

            if (!string.Equals(headers.GetValueOrDefault("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase))
            {
                await reader.SkipAsync(length, cancellationToken);
                continue;
            }

            if (length > options.MaxRecordBytes)
            {
                await reader.SkipAsync(length, cancellationToken);
                yield return RawRecord.Rejected(key, $"record too large: {length} bytes, more than {options.MaxRecordBytes} (Pipeline:Reader:MaxRecordBytes)");
                continue;
            }

            var block = await reader.ReadBlockAsync((int)length, cancellationToken);
            yield return FromResponse(key, block, headers.GetValueOrDefault("WARC-Target-URI"));
        }
    }

    private RawRecord FromResponse(string key, byte[] block, string? url)
    {
        if (HttpResponse.Parse(block) is not { } response)
        {
            return RawRecord.Rejected(key, "not an HTTP response: the WARC response record has no HTTP status line and headers");
        }

        if (response.Status is < 200 or > 299)
        {
            return RawRecord.Rejected(key, $"HTTP status {response.Status}: no page");
        }

        var mediaType = response.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not (null or "text/html" or "application/xhtml+xml" or "text/plain"))
        {
            return RawRecord.Rejected(key, $"not a page: the response is {mediaType}");
        }

        try
        {
            var payload = HttpPayloadDecoder.Decode(response, block.AsSpan(response.PayloadOffset), context.Options.MaxRecordBytes);
            var decoded = TextDecoder.DecodeCounting(payload, CharsetDeclarationSniffer.FromContentType(response.ContentType), context.Options.MaxInvalidByteFraction);
            var text = decoded.Text;
            var format = mediaType == "text/plain" ? DumpFormat.Text : FormatSniffer.Sniff(".html", text);
            return string.IsNullOrWhiteSpace(text) ? RawRecord.Rejected(key, "empty payload") : new RawRecord(key, format, text, url) { Note = decoded.Note };
        }
        catch (UnreadableInputException e)
        {
            return RawRecord.Rejected(key, e.Reason);
        }
        catch (InvalidDataException e)
        {
            return RawRecord.Rejected(key, e.Message);
        }
    }

    /// <summary>The next record's named fields, or null at the end of the file.</summary>
    private static async ValueTask<Dictionary<string, string>?> ReadHeadersAsync(BoundedLineReader reader, int number, CancellationToken cancellationToken)
    {
        LineRead line;
        do
        {
            line = await reader.ReadLineAsync(cancellationToken);
        }
        while (line.Kind == LineReadKind.Line && line.Bytes.IsEmpty);

        if (line.Kind == LineReadKind.End)
        {
            return null;
        }

        if (line.Kind == LineReadKind.TooLong || !line.Bytes.Span.StartsWith("WARC/"u8))
        {
            throw new InvalidDataException($"not a WARC record where record {number} should start");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var count = 0; count < MaxHeaderLines; count++)
        {
            line = await reader.ReadLineAsync(cancellationToken);
            if (line.Kind == LineReadKind.End)
            {
                throw new EndOfStreamException($"truncated: WARC record {number} ends in its headers");
            }

            if (line.Kind == LineReadKind.Line && line.Bytes.IsEmpty)
            {
                return headers;
            }

            var text = line.Kind == LineReadKind.Line ? Encoding.UTF8.GetString(line.Bytes.Span) : string.Empty;
            var colon = text.IndexOf(':');
            if (colon > 0)
            {
                headers[text[..colon].Trim()] = text[(colon + 1)..].Trim();
            }
        }

        throw new InvalidDataException($"WARC record {number} has more than {MaxHeaderLines} header lines");
    }
}
