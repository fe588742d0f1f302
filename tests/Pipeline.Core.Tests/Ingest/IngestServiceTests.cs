using System.Text;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Local;
using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Text;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Pipeline.Core.Reading;
using Pipeline.Core.Ingest.Reports;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Tests.Ingest;

public sealed class IngestServiceTests
{
    private const string Article = "Ferry service returns\n\nThe island ferry resumed service on Monday after a three-week repair of its engine.\n\nPassengers said the crossing felt smoother than before.\n";

    private readonly RecordingSinks sinks = new();
    private readonly IngestService service;

    public IngestServiceTests() =>
        service = new IngestService(CoreStages.Create(new PipelineOptions()), new LocalDedupIndex(), sinks, sinks, sinks, TimeProvider.System);

    [Fact]
    public async Task Process_WritesOneDocumentAndReportsIt()
    {
        var report = await service.ProcessAsync(Stream(Article), new InputRef("raw", "ferry.txt", "\"0x1\""), CancellationToken.None);

        var document = Assert.Single(sinks.Written);
        Assert.Equal(InputStatus.Processed, report.Status);
        var outcome = Assert.Single(report.Records);
        Assert.Equal(new RecordOutcome("1", RecordStatus.Written, document.Id), outcome);
        Assert.Equal(new RecordOrigin("raw", "ferry.txt", "1", "text"), document.Origin);
        Assert.Same(report, Assert.Single(sinks.Reports));
    }

    [Fact]
    public async Task Process_TheReportCountsRemovalsPerRule()
    {
        var sample = await File.ReadAllBytesAsync(RepositoryPaths.Sample);

        var report = await service.ProcessAsync(new MemoryStream(sample), new InputRef("raw", "scmp.txt"), CancellationToken.None);

        Assert.Equal(
            [("copyright-line", 1L), ("counter-line", 8L), ("photo-caption", 4L), ("promo", 1L), ("related-headline", 2L)],
            report.Removals.ByReason.Select(p => (p.Key, p.Value)));
        Assert.Equal(RecordStatus.Written, Assert.Single(report.Records).Status);
    }

    [Fact]
    public async Task Process_ATextWithTwoUndecodableBytes_IsWrittenAndTheReportNotesTheReplacement()
    {
        var bytes = Encoding.UTF8.GetBytes(Article.Replace("Monday", "Montag in Z\u00FCrich, Gen\u00E8ve, M\u00E1laga, 1\u00B0C,"));
        var degree = Array.IndexOf(bytes, (byte)0xB0);
        bytes[degree] = 0xFF; // a lone byte no UTF-8 character starts with
        bytes[degree - 1] = 0xC0; // nor this one

        var report = await service.ProcessAsync(new MemoryStream(bytes), new InputRef("raw", "ferry.txt"), CancellationToken.None);

        var outcome = Assert.Single(report.Records);
        Assert.Equal(RecordStatus.Written, outcome.Status);
        Assert.Equal("2 undecodable bytes replaced with U+FFFD", outcome.Note);
        Assert.Contains("resumed service on Montag", Assert.Single(sinks.Written).Body);
    }

    [Fact]
    public async Task Process_SecondCopyUnderAnotherNameIsADuplicateAndNotWritten()
    {
        await service.ProcessAsync(Stream(Article), new InputRef("raw", "a.txt"), CancellationToken.None);
        var report = await service.ProcessAsync(Stream(Article.Replace("\n", "\r\n")), new InputRef("raw", "b.txt"), CancellationToken.None);

        var original = Assert.Single(sinks.Written);
        var outcome = Assert.Single(report.Records);
        Assert.Equal(RecordStatus.Duplicate, outcome.Status);
        Assert.Equal(original.Id, outcome.DuplicateOf);
        Assert.Equal(1.0, outcome.Similarity);
    }

    [Fact]
    public async Task Process_ReplayOfTheSameInputWritesTheSameDocumentAgain()
    {
        await service.ProcessAsync(Stream(Article), new InputRef("raw", "a.txt"), CancellationToken.None);
        var replay = await service.ProcessAsync(Stream(Article), new InputRef("raw", "a.txt"), CancellationToken.None);

        Assert.Equal(RecordStatus.Written, Assert.Single(replay.Records).Status);
        Assert.Equal(ArticleDocumentSerializer.Serialize(sinks.Written[0]), ArticleDocumentSerializer.Serialize(sinks.Written[1]));
    }

    [Fact]
    public async Task Process_PastMaxListedRecords_CountsWrittenRecordsButListsOnlyDuplicatesAndRejections()
    {
        var options = new PipelineOptions { Reader = new ReaderOptions { MaxListedRecords = 1 } };
        var limited = new IngestService(CoreStages.Create(options), new LocalDedupIndex(), sinks, sinks, sinks, TimeProvider.System);
        var dump = "{\"title\":\"Ferry returns\",\"text\":\"The island ferry resumed service on Monday after a three-week repair.\"}\n"
            + "{\"title\":\"Bridge opens\",\"text\":\"The new bridge opened to traffic on Tuesday after two years of work on its deck.\"}\n"
            + "{not json}\n"
            + "{\"title\":\"Ferry returns\",\"text\":\"The island ferry resumed service on Monday after a three-week repair.\"}\n";

        var report = await limited.ProcessAsync(Stream(dump), new InputRef("raw", "crawl.jsonl"), CancellationToken.None);

        Assert.Equal(2, sinks.Written.Count);
        Assert.Equal(new RecordCounts(2, 1, 1), report.Counts);
        Assert.Equal([("line 1", RecordStatus.Written), ("line 3", RecordStatus.Rejected), ("line 4", RecordStatus.Duplicate)], report.Records.Select(r => (r.Record, r.Status)));
        Assert.Contains("\"written\": 2", Encoding.UTF8.GetString(IngestReportSerializer.Serialize(report)));
    }

    [Fact]
    public async Task Process_QuarantinesUnreadableInputWithItsReason()
    {
        var report = await service.ProcessAsync(new MemoryStream([0, 1, 2, 3]), new InputRef("raw", "x.bin"), CancellationToken.None);

        Assert.Equal(InputStatus.Quarantined, report.Status);
        Assert.Equal(("x.bin", report.Reason), Assert.Single(sinks.Quarantined));
        Assert.Empty(sinks.Written);
        Assert.Single(sinks.Reports);
    }

    [Fact]
    public async Task Process_JsonLinesDump_WritesTheGoodRecordsAndRejectsTheBadOneWithItsKey()
    {
        var dump = "{\"title\":\"Ferry returns\",\"text\":\"The island ferry resumed service on Monday after a three-week repair.\\n\\nPassengers said the crossing felt smoother.\"}\n"
            + "{not json}\n"
            + "{\"title\":\"Bridge opens\",\"text\":\"The new bridge opened to traffic on Tuesday after two years of work on its deck.\"}\n";

        var report = await service.ProcessAsync(Stream(dump), new InputRef("raw", "crawl.jsonl"), CancellationToken.None);

        Assert.Equal(InputStatus.Processed, report.Status);
        Assert.Equal("json", report.Format);
        Assert.Equal([("line 1", RecordStatus.Written), ("line 2", RecordStatus.Rejected), ("line 3", RecordStatus.Written)], report.Records.Select(r => (r.Record, r.Status)));
        Assert.StartsWith("invalid JSON", report.Records[1].Reason);
        Assert.Equal(["line 1", "line 3"], sinks.Written.Select(d => d.Origin.Record));
        Assert.All(sinks.Written, d => Assert.Equal("json", d.Origin.Format));
    }

    [Fact]
    public async Task Process_RecordOverMaxRecordTime_IsRejectedAndTheNextProcessed()
    {
        // The clock is a fake: the slow record's extraction is held until the test lets it go, and MaxRecordTime
        // passes when the test moves the clock, however busy the machine is.
        var clock = new TimerCountingClock();
        using var slowRecord = new SlowTextExtractor();
        var stages = CoreStages.Create(new PipelineOptions()) with { Extractor = new RecordExtractor([slowRecord]) };
        var slow = new IngestService(stages, new LocalDedupIndex(), sinks, sinks, sinks, clock);

        var processing = slow.ProcessAsync(Zip(("slow.txt", "SLOW\n\n" + Article), ("fast.txt", Article)), new InputRef("raw", "two.zip"), CancellationToken.None);
        Assert.True(slowRecord.Started.Wait(TimeSpan.FromMinutes(1)), "the slow record's extraction never started");
        Assert.True(SpinWait.SpinUntil(() => clock.Timers > 0, TimeSpan.FromMinutes(1)), "no MaxRecordTime timer was set");
        clock.Advance(new ReaderOptions().MaxRecordTime + TimeSpan.FromSeconds(1));

        var report = await processing;
        Assert.Equal([("slow.txt", RecordStatus.Rejected), ("fast.txt", RecordStatus.Written)], report.Records.Select(r => (r.Record, r.Status)));
        Assert.Contains("Pipeline:Reader:MaxRecordTime", report.Records[0].Reason);
    }

    [Fact]
    public async Task Process_ABugInExtraction_FailsLoudlyInsteadOfRejectingTheRecord()
    {
        var stages = CoreStages.Create(new PipelineOptions()) with { Extractor = new RecordExtractor([new BuggyExtractor()]) };
        var buggy = new IngestService(stages, new LocalDedupIndex(), sinks, sinks, sinks, TimeProvider.System);

        await Assert.ThrowsAsync<NullReferenceException>(() => buggy.ProcessAsync(Stream(Article), new InputRef("raw", "any.txt"), CancellationToken.None));
        Assert.Empty(sinks.Reports);
    }

    private static MemoryStream Zip(params (string Name, string Text)[] entries)
    {
        var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = new StreamWriter(archive.CreateEntry(name).Open());
                entry.Write(text);
            }
        }

        zip.Position = 0;
        return zip;
    }

    /// <summary>A fake clock that counts the timers set on it, so a test moves it only once the wait it means to end has begun.</summary>
    private sealed class TimerCountingClock : TimeProvider
    {
        private readonly FakeTimeProvider fake = new();
        private int timers;

        public int Timers => Volatile.Read(ref timers);

        public void Advance(TimeSpan delta) => fake.Advance(delta);

        public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

        public override long GetTimestamp() => fake.GetTimestamp();

        public override long TimestampFrequency => fake.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref timers);
            return fake.CreateTimer(callback, state, dueTime, period);
        }
    }

    /// <summary>Holds a record starting with SLOW until disposed; extracts others as text dumps.</summary>
    private sealed class SlowTextExtractor : IArticleExtractor, IDisposable
    {
        private readonly ManualResetEventSlim release = new();

        public ManualResetEventSlim Started { get; } = new();

        public DumpFormat Format => DumpFormat.Text;

        public ExtractedArticle Extract(RawRecord record)
        {
            if (record.Content.StartsWith("SLOW", StringComparison.Ordinal))
            {
                Started.Set();
                release.Wait();
            }

            return new TextDumpExtractor().Extract(record);
        }

        public void Dispose()
        {
            release.Set();
            Started.Dispose();
        }
    }

    /// <summary>An extractor with a bug: what a NullReferenceException deep in the code looks like to the service.</summary>
    private sealed class BuggyExtractor : IArticleExtractor
    {
        public DumpFormat Format => DumpFormat.Text;

        public ExtractedArticle Extract(RawRecord record) => throw new NullReferenceException("Object reference not set to an instance of an object.");
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private sealed class RecordingSinks : IArticleSink, IReportSink, IQuarantine
    {
        public List<NormalizedArticle> Written { get; } = [];

        public List<IngestReport> Reports { get; } = [];

        public List<(string, string?)> Quarantined { get; } = [];

        public Task WriteAllAsync(IReadOnlyList<NormalizedArticle> documents, CancellationToken cancellationToken)
        {
            Written.AddRange(documents.Where(d => d.Dedup == DedupInfo.Unique));
            return Task.CompletedTask;
        }

        public Task WriteAsync(IngestReport report, CancellationToken cancellationToken)
        {
            Reports.Add(report);
            return Task.CompletedTask;
        }

        public Task QuarantineAsync(InputRef input, string reason, CancellationToken cancellationToken)
        {
            Quarantined.Add((input.Name, reason));
            return Task.CompletedTask;
        }
    }
}
