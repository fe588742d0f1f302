using System.Text;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Local;
using Pipeline.Core.Ingest;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;
using Pipeline.Core.Reading;
using static Pipeline.Core.Tests.Reading.Dumps;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Core.Tests.Reading;

/// <summary>Hostile inputs through the whole ingest service: none may crash or hang it, and each must end quarantined with a reason or with records.</summary>
[Collection(MemoryMeasuringCollection.Name)]
public sealed class ReadingRobustnessTests
{
    private const int Seed = 20261128;

    [Fact]
    public async Task Process_HostileInputs_EachEndsWithAReasonOrRecords()
    {
        var sinks = new NullSinks();
        var options = new PipelineOptions { Reader = new ReaderOptions { MaxRecordBytes = 64 * 1024, MaxInputBytes = 2L << 30, MaxRecordsPerInput = 1000 } };
        // No language model: loading Lingua's would take most of this test's time budget.
        var stages = CoreStages.Create(options) with { Normalizer = new ArticleNormalizer(new NoLanguageDetector()) };
        var service = new IngestService(stages, new LocalDedupIndex(), sinks, sinks, sinks, TimeProvider.System);

        foreach (var (name, input) in HostileInputs())
        {
            var report = await service.ProcessAsync(input(), new InputRef("raw", name), CancellationToken.None);

            if (report.Status == InputStatus.Quarantined)
            {
                Assert.False(string.IsNullOrWhiteSpace(report.Reason), $"{name}: quarantined without a reason");
            }
            else
            {
                Assert.NotEmpty(report.Records);
                Assert.All(report.Records, r => Assert.True(r.Status != RecordStatus.Rejected || !string.IsNullOrWhiteSpace(r.Reason), $"{name}: record {r.Record} rejected without a reason"));
            }
        }
    }

    private static IEnumerable<(string Name, Func<Stream> Input)> HostileInputs()
    {
        var random = new Random(Seed);
        byte[] Bytes(int length)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        for (var i = 0; i < 12; i++)
        {
            var noise = Bytes(random.Next(1, 20_000));
            yield return ($"random-{i}.bin", () => new MemoryStream(noise));
        }

        // Random bytes behind every magic number and first character the reader routes on.
        foreach (var prefix in new[] { "\x1F\x8B", "PK\x03\x04", "WARC/1.0\r\n", "[{", "{\"", "\uFEFF{\"a\":", "<html>" })
        {
            var noise = (byte[])[.. Encoding.Latin1.GetBytes(prefix), .. Bytes(random.Next(10, 5_000))];
            yield return ($"prefixed-{prefix.Length}-{noise.Length}", () => new MemoryStream(noise));
        }

        var lines = Utf8(string.Join('\n', Enumerable.Range(1, 400).Select(i => Article(i).Replace("Ferry", $"Ferry {random.Next()}"))));
        var gzip = Gzip(lines);
        yield return ("truncated.jsonl.gz", () => new MemoryStream(gzip[..(gzip.Length * 2 / 3)]));
        yield return ("cut-in-header.gz", () => new MemoryStream(gzip[..5]));

        var bomb = Zip(("zeros.txt", new byte[32 * 1024 * 1024]));
        yield return ("bomb.zip", () => new MemoryStream(bomb));
        yield return ("bomb.zip.gz", () => new MemoryStream(Gzip(bomb)));

        yield return ("gigabyte-line.jsonl", () => new GeneratedStream(GigabyteLine()));

        var invalidUtf8 = (byte[])[0xEF, 0xBB, 0xBF, .. "Text "u8, 0xC3, 0x28, 0xA0, 0xA1, .. "more text"u8];
        yield return ("invalid-utf8.txt", () => new MemoryStream(invalidUtf8));
        yield return ("invalid-utf8-lines.jsonl", () => new MemoryStream([.. Utf8(Article(1) + "\n{\"text\":\""), 0xC3, 0x28, .. "\"}\n"u8]));

        var deepJson = Utf8(new StringBuilder().Insert(0, "[", 100_000).Append(']', 100_000).ToString());
        var deepObject = Utf8(new StringBuilder().Insert(0, "{\"a\":", 100_000).Append('1').Append('}', 100_000).ToString());
        var deepHtml = Utf8(new StringBuilder("<html><body>").Insert(12, "<div>", 100_000).Append("<p>Deep text that is long enough to read as a paragraph of an article.</p>").Insert(0, "", 0).Append(string.Concat(Enumerable.Repeat("</div>", 100_000))).ToString());
        yield return ("deep-array.json", () => new MemoryStream(deepJson));
        yield return ("deep-object.json", () => new MemoryStream(deepObject));
        yield return ("deep.html", () => new MemoryStream(deepHtml));

        yield return ("empty.txt", () => new MemoryStream([]));
        yield return ("whitespace.txt", () => new MemoryStream(" \n\t\r\n"u8.ToArray()));
        yield return ("huge-array.json", () => new GeneratedStream(HugeArray(200_000)));
    }

    private static IEnumerable<ReadOnlyMemory<byte>> GigabyteLine()
    {
        var filler = new byte[1 << 20];
        Array.Fill(filler, (byte)'7');
        yield return Utf8(Article(1) + "\n[");
        for (var i = 0; i < 1024; i++)
        {
            yield return filler;
        }

        yield return Utf8("]\n" + Article(2));
    }

    /// <summary>Elements without article text: each is read and cheaply rejected, and MaxRecordsPerInput cuts the rest.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> HugeArray(int count)
    {
        yield return "["u8.ToArray();
        for (var i = 1; i <= count; i++)
        {
            yield return Utf8((i > 1 ? "," : "") + $$"""{"id":{{i}}}""");
        }

        yield return "]"u8.ToArray();
    }

    private sealed class NoLanguageDetector : ILanguageDetector
    {
        public string? Detect(string text) => null;
    }

    private sealed class NullSinks : IArticleSink, IReportSink, IQuarantine
    {
        public Task WriteAllAsync(IReadOnlyList<NormalizedArticle> documents, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task WriteAsync(IngestReport report, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task QuarantineAsync(InputRef input, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
