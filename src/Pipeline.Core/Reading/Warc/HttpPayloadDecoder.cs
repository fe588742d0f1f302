using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pipeline.Core.Reading.Warc;

/// <summary>
/// Undoes the transfer and content encodings a raw HTTP payload may still carry in a WARC record (wget and Heritrix
/// keep them; Common Crawl stores payloads already decoded): chunked transfer, then gzip, deflate or Brotli, the
/// result bounded by the record limit.
/// </summary>
internal static class HttpPayloadDecoder
{
    /// <exception cref="InvalidDataException">Malformed chunks, corrupt compressed data, an unknown encoding, or a payload over the limit.</exception>
    public static byte[] Decode(HttpResponse response, ReadOnlySpan<byte> payload, int maxBytes)
    {
        var bytes = response.TransferEncoding?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true ? Dechunk(payload) : payload.ToArray();
        var encoding = response.ContentEncoding?.Trim().ToLowerInvariant();
        return encoding switch
        {
            null or "" or "identity" => bytes,
            "gzip" or "x-gzip" => Inflate(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
            "deflate" => Inflate(new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
            "br" => Inflate(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
            _ => throw new InvalidDataException($"payload in an unsupported content encoding: {encoding}"),
        };
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> payload)
    {
        using var output = new MemoryStream();
        while (true)
        {
            var lineEnd = payload.IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                throw new InvalidDataException("malformed chunked payload: a chunk size line has no end");
            }

            var sizeText = Encoding.ASCII.GetString(payload[..lineEnd]).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0 || lineEnd + 2 + size > payload.Length)
            {
                throw new InvalidDataException($"malformed chunked payload: bad chunk size '{sizeText}'");
            }

            if (size == 0)
            {
                return output.ToArray();
            }

            output.Write(payload.Slice(lineEnd + 2, size));
            payload = payload[(lineEnd + 2 + size)..];
            if (payload.StartsWith("\r\n"u8))
            {
                payload = payload[2..];
            }
        }
    }

    private static byte[] Inflate(Stream decompressor, int maxBytes)
    {
        using (decompressor)
        {
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = decompressor.Read(chunk)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    throw new InvalidDataException($"record too large: the decompressed payload has more than {maxBytes} bytes (Pipeline:Reader:MaxRecordBytes)");
                }

                output.Write(chunk, 0, read);
            }

            return output.ToArray();
        }
    }
}
