using System.IO.Compression;
using System.Text;
using Pipeline.Core.Reading;
using Pipeline.Core.Reading.Warc;

namespace Pipeline.Core.Tests.Reading;

/// <summary>Builds dumps in memory (gzip, zip, WARC, JSON) and reads them with a <see cref="DumpReader"/>.</summary>
internal static class Dumps
{
    public static string Article(int i) =>
        $$"""{"title":"Ferry {{i}} returns","text":"The island ferry {{i}} resumed service on Monday after a repair.\n\nPassengers said the crossing felt smoother.","url":"https://example.com/{{i}}"}""";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    public static byte[] Zip(params (string Path, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return output.ToArray();
    }

    public static byte[] WarcRecord(string type, string uri, byte[] block) =>
        [.. Utf8($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Length: {block.Length}\r\n\r\n"), .. block, .. "\r\n\r\n"u8];

    public static byte[] HttpResponse(string contentType, byte[] payload, int status = 200) =>
        [.. Utf8($"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\nServer: test\r\n\r\n"), .. payload];

    public static async Task<List<RawRecord>> ReadAsync(byte[] content, string name, ReaderOptions? options = null) =>
        await ReadAsync(new MemoryStream(content), name, options);

    public static async Task<List<RawRecord>> ReadAsync(Stream content, string name, ReaderOptions? options = null)
    {
        var records = new List<RawRecord>();
        await foreach (var record in new DumpReader(options ?? new ReaderOptions()).ReadAsync(content, name, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    public static async Task<UnreadableInputException> UnreadableAsync(byte[] content, string name, ReaderOptions? options = null) =>
        await Assert.ThrowsAsync<UnreadableInputException>(() => ReadAsync(content, name, options));
}
