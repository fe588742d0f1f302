using System.Text;
using Pipeline.Core.Reading;
using static Pipeline.Core.Tests.Reading.Dumps;
using Pipeline.Core.Reading.Warc;

namespace Pipeline.Core.Tests.Reading;

public sealed class DumpReaderTests
{
    [Fact]
    public async Task Read_JsonLines_RejectsBadLineAndKeepsTheRest()
    {
        var dump = Utf8($"{Article(1)}\n{{\"title\": broken\n\n{Article(3)}\r\n[1, 2]\n{Article(5)}");

        var records = await ReadAsync(dump, "crawl.txt");

        Assert.Equal(["line 1", "line 2", "line 4", "line 5", "line 6"], records.Select(r => r.Key));
        Assert.All(records.Where(r => r.Key is "line 1" or "line 4" or "line 6"), r => Assert.Equal((DumpFormat.Json, null), (r.Format, r.RejectionReason)));
        Assert.StartsWith("invalid JSON", records[1].RejectionReason);
        Assert.Contains("an array, not an object", records[3].RejectionReason);
        Assert.Contains("ferry 3", records[2].Content);
    }

    [Fact]
    public async Task Read_JsonLinesWithOneLine_IsASingleArticleFile()
    {
        var records = await ReadAsync(Utf8(Article(1) + "\n"), "one.jsonl");

        Assert.Equal("1", Assert.Single(records).Key);
    }

    [Fact]
    public async Task Read_JsonArray_StreamsElementsAndRejectsNonObjects()
    {
        var dump = Utf8($"[\n  {Article(1)},\n  \"just a string\",\n  {Article(3)}, 42, null\n]\n");

        var records = await ReadAsync(dump, "export");

        Assert.Equal(["item 1", "item 2", "item 3", "item 4", "item 5"], records.Select(r => r.Key));
        Assert.Null(records[0].RejectionReason);
        Assert.Null(records[2].RejectionReason);
        Assert.Contains("a string, not an object", records[1].RejectionReason);
        Assert.Contains("a number, not an object", records[3].RejectionReason);
        Assert.Contains("null, not an object", records[4].RejectionReason);
    }

    [Fact]
    public async Task Read_PrettyPrintedJsonObject_IsOneRecordKeyedOne()
    {
        var dump = Utf8("\uFEFF{\n  \"title\": \"Ferry returns\",\n  \"text\": \"Line one.\\n\\nLine two.\"\n}\n");

        var record = Assert.Single(await ReadAsync(dump, "article.json"));

        Assert.Equal(("1", DumpFormat.Json, null), (record.Key, record.Format, record.RejectionReason));
        Assert.Contains("Ferry returns", record.Content);
    }

    [Fact]
    public async Task Read_JsonArrayElementOverTheRecordLimit_IsRejectedAndTheNextRead()
    {
        var big = $$"""{"text":"{{new string('x', 5000)}}"}""";
        var dump = Utf8($"[{Article(1)},{big},{Article(3)}]");

        var records = await ReadAsync(dump, "a.json", new ReaderOptions { MaxRecordBytes = 1000 });

        Assert.Equal(["item 1", "item 2", "item 3"], records.Select(r => r.Key));
        Assert.Contains("MaxRecordBytes", records[1].RejectionReason);
        Assert.Null(records[2].RejectionReason);
    }

    [Fact]
    public async Task Read_GzipIsRecognisedByItsMagicBytesWhateverTheName()
    {
        var records = await ReadAsync(Gzip(Utf8($"{Article(1)}\n{Article(2)}\n")), "download.bin");

        Assert.Equal(["line 1", "line 2"], records.Select(r => r.Key));
        Assert.All(records, r => Assert.Null(r.RejectionReason));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(3000)]
    public async Task Read_TruncatedGzip_KeepsTheRecordsBeforeAndRejectsTheRest(int articles)
    {
        var random = new Random(articles);
        var lines = string.Join('\n', Enumerable.Range(1, articles).Select(i => Article(i).Replace("Ferry", $"Ferry {random.Next()}")));
        var gzip = Gzip(Utf8(lines));

        var records = await ReadAsync(gzip[..(gzip.Length * 3 / 4)], "dump.jsonl.gz");

        Assert.InRange(records.Count, 10, articles - 1);
        Assert.All(records.SkipLast(2), r => Assert.Null(r.RejectionReason));
        var rest = records[^1];
        Assert.StartsWith("after line", rest.Key);
        Assert.Contains("truncated gzip", rest.RejectionReason);
    }

    [Fact]
    public async Task Read_Zip_ReadsEachEntryAsItsOwnInputAndRejectsABinaryEntry()
    {
        var zip = Zip(
            ("news/one.json", Utf8(Article(1))),
            ("news/dump.jsonl", Utf8($"{Article(2)}\n{Article(3)}\n")),
            ("images/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]),
            ("pages/story.html", Utf8("<html><body><p>Hello</p></body></html>")));

        var records = await ReadAsync(zip, "batch.zip");

        Assert.Equal(["news/one.json", "news/dump.jsonl#line 1", "news/dump.jsonl#line 2", "images/photo.jpg", "pages/story.html"], records.Select(r => r.Key));
        Assert.Contains("binary", records[3].RejectionReason);
        Assert.Equal(DumpFormat.Html, records[4].Format);
    }

    [Fact]
    public async Task Read_ZipInsideGzip_IsOpenedToo()
    {
        var records = await ReadAsync(Gzip(Zip(("a.json", Utf8(Article(1))))), "batch.zip.gz");

        Assert.Equal("a.json", Assert.Single(records).Key);
    }

    [Fact]
    public async Task Read_Warc_TakesResponsePayloadsWithTheirHttpCharsetAndUri()
    {
        var page = "<html><head><title>Новости</title></head><body><p>Москва является столицей России.</p></body></html>";
        var warc = (byte[])[
            .. WarcRecord("warcinfo", "", Utf8("software: test\r\n")),
            .. WarcRecord("request", "https://ru.example/a", Utf8("GET /a HTTP/1.1\r\nHost: ru.example\r\n\r\n")),
            .. WarcRecord("response", "https://ru.example/a", HttpResponse("text/html; charset=windows-1251", CodePage(1251, page))),
            .. WarcRecord("metadata", "https://ru.example/a", Utf8("fetchTimeMs: 12\r\n")),
            .. WarcRecord("response", "https://ru.example/logo.png", HttpResponse("image/png", [0x89, 0x50, 0x4E, 0x47])),
        ];

        var records = await ReadAsync(warc, "crawl.warc");

        Assert.Equal(["record 3", "record 5"], records.Select(r => r.Key));
        Assert.Equal((DumpFormat.Html, "https://ru.example/a", page), (records[0].Format, records[0].Url, records[0].Content));
        Assert.Contains("image/png", records[1].RejectionReason);
    }

    [Fact]
    public async Task Read_WarcGzWithOneMemberPerRecord_IsReadWhole()
    {
        var warc = (byte[])[
            .. Gzip(WarcRecord("warcinfo", "", Utf8("software: test\r\n"))),
            .. Gzip(WarcRecord("response", "https://example.com/a", HttpResponse("text/html", Utf8("<html><body><p>A</p></body></html>")))),
            .. Gzip(WarcRecord("response", "https://example.com/b", HttpResponse("text/html", Utf8("<html><body><p>B</p></body></html>")))),
        ];

        var records = await ReadAsync(warc, "CC-MAIN-00001.warc.gz");

        Assert.Equal(["https://example.com/a", "https://example.com/b"], records.Select(r => r.Url));
        Assert.All(records, r => Assert.Null(r.RejectionReason));
    }

    [Fact]
    public async Task Read_Warc_RejectsOversizedAndFailedResponsesAndReadsOn()
    {
        var page = HttpResponse("text/html; charset=utf-8", Utf8("<html><body><p>Small page</p></body></html>"));
        var warc = (byte[])[
            .. WarcRecord("response", "https://example.com/big", HttpResponse("text/html", new byte[5000])),
            .. WarcRecord("response", "https://example.com/gone", HttpResponse("text/html", Utf8("<html>gone</html>"), status: 404)),
            .. WarcRecord("response", "https://example.com/ok", page),
        ];

        var records = await ReadAsync(warc, "crawl.warc", new ReaderOptions { MaxRecordBytes = 1000 });

        Assert.Equal(["record 1", "record 2", "record 3"], records.Select(r => r.Key));
        Assert.Contains("Pipeline:Reader:MaxRecordBytes", records[0].RejectionReason);
        Assert.Contains("404", records[1].RejectionReason);
        Assert.Equal(("https://example.com/ok", null), (records[2].Url, records[2].RejectionReason));
    }

    [Fact]
    public async Task Read_WarcResponseStillChunkedAndGzipped_IsDecodedAsABrowserWould()
    {
        var page = "<html><body><p>Zürich – a page as wget stores it.</p></body></html>";
        var gzipped = Gzip(Utf8(page));
        var chunked = (byte[])[
            .. Utf8($"{10:x}\r\n"), .. gzipped[..10], .. "\r\n"u8,
            .. Utf8($"{gzipped.Length - 10:x}\r\n"), .. gzipped[10..], .. "\r\n"u8,
            .. "0\r\n\r\n"u8,
        ];
        var response = (byte[])[.. Utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"), .. chunked];

        var record = Assert.Single(await ReadAsync(WarcRecord("response", "https://example.com/z", response), "wget.warc"));

        Assert.Equal((page, null), (record.Content, record.RejectionReason));
    }

    [Fact]
    public async Task Read_TruncatedWarcGz_KeepsTheWholeRecordsAndRejectsTheRest()
    {
        var first = Gzip(WarcRecord("response", "https://example.com/a", HttpResponse("text/html", Utf8("<html><body><p>A</p></body></html>"))));
        var second = Gzip(WarcRecord("response", "https://example.com/b", HttpResponse("text/html", Utf8(new string('b', 20_000)))));

        var records = await ReadAsync([.. first, .. second[..(second.Length / 2)]], "cut.warc.gz");

        Assert.Equal(["record 1", "after record 1"], records.Select(r => r.Key));
        Assert.Contains("truncated", records[1].RejectionReason);
    }

    [Theory]
    [InlineData("gb18030", "北京是中国的首都，也是政治和文化中心。今天天气很好，我们去公园散步吧。")]
    [InlineData("windows-1251", "Москва является столицей России. Сегодня очень хорошая погода, давайте прогуляемся.")]
    public async Task Read_JsonLinesInALegacyCharset_IsTranscodedToUtf8(string charset, string text)
    {
        var lines = string.Join('\n', Enumerable.Range(1, 5).Select(i => $$"""{"title":"{{i}}","text":"{{text}}"}"""));

        var records = await ReadAsync(CodePage(Encoding.GetEncoding(charset).CodePage, lines), "export.jsonl");

        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.Contains(text, r.Content));
    }

    [Fact]
    public async Task Read_PlainTextAndHtmlStayOneRecord()
    {
        Assert.Equal((DumpFormat.Text, "1"), Single(await ReadAsync(Utf8("Headline\n\n[Updated] A paragraph."), "story.txt")));
        Assert.Equal((DumpFormat.Html, "1"), Single(await ReadAsync(Utf8("<!doctype html><html><body><p>x</p></body></html>"), "page")));

        static (DumpFormat, string) Single(List<RawRecord> records) => (Assert.Single(records).Format, records[0].Key);
    }

    [Fact]
    public async Task Read_EmptyJsonArray_IsQuarantinedAsHavingNoRecords()
    {
        var error = await UnreadableAsync(Utf8("[ ]"), "empty.json");

        Assert.Contains("no records", error.Reason);
    }

    static DumpReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] CodePage(int codePage, string text)
    {
        return Encoding.GetEncoding(codePage).GetBytes(text);
    }
}
