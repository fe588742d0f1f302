using System.Text.Json;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Ingest.Reports;
using Pipeline.Core.Output;

namespace Pipeline.Core.Tests.Ingest.Reports;

public sealed class RecordListSkipperTests
{
    [Fact]
    public async Task ReadAsync_AReportOf100000Records_GivesWhatReadGivesFromAFewKilobytes()
    {
        var report = new IngestReport
        {
            Input = new InputRef("raw", "dumps/big \"quoted\" é.jsonl", "\"0x8DE1\""),
            Status = InputStatus.Processed,
            Format = "json",
            StartedAt = new DateTimeOffset(2026, 11, 30, 7, 44, 58, 100, TimeSpan.Zero),
            Duration = TimeSpan.FromMilliseconds(1234.5),
            Counts = new RecordCounts(99_000, 900, 100),
            Removals = RemovalCounts.Of([KeyValuePair.Create("photo-caption", 120L)]),
            Stages = new Dictionary<IngestStage, StageTally> { [IngestStage.Write] = new(TimeSpan.FromMilliseconds(900.25), 99_000) },
            Chunks = new ChunkProgress("run1", 2, [new ChunkInfo(0, 50_000, "host-a:9", TimeSpan.FromSeconds(3)), new ChunkInfo(1, 50_000, "host-b:7", TimeSpan.FromSeconds(4))]),
        };
        var records = Enumerable.Range(1, 100_000).Select(n => new RecordOutcome($"line {n}", n % 100 == 0 ? RecordStatus.Rejected : RecordStatus.Written, $"{n:x32}", Reason: n % 100 == 0 ? "no article text" : null));
        using var whole = new MemoryStream();
        await IngestReportSerializer.SerializeAsync(report, records.ToAsyncEnumerable(), whole, CancellationToken.None);

        var head = await RecordListSkipper.WithoutRecordsAsync(new TrickleStream(whole.ToArray(), 7_919), CancellationToken.None);
        var read = await IngestReportReader.ReadAsync(new TrickleStream(whole.ToArray(), 4_096), CancellationToken.None);

        Assert.True(whole.Length > 5_000_000, $"{whole.Length} bytes");
        Assert.True(head.Length < 4_000, $"{head.Length} bytes");
        Assert.False(JsonDocument.Parse(head).RootElement.TryGetProperty("records", out _));
        var expected = IngestReportReader.Read(whole.ToArray());
        Assert.Equal(expected.Input, read.Input);
        Assert.Equal((expected.Status, expected.Format, expected.Counts, expected.Duration), (read.Status, read.Format, read.Counts, read.Duration));
        Assert.Equal(expected.Stages, read.Stages);
        Assert.Equal(expected.Removals, read.Removals);
        Assert.Equal(expected.Chunks!.Done.Select(c => (c.Index, c.ProcessedBy)), read.Chunks!.Done.Select(c => (c.Index, c.ProcessedBy)));
    }

    [Fact]
    public async Task ReadAsync_AReportCutOffMidway_IsNotAReport()
    {
        var bytes = IngestReportSerializer.Serialize(new IngestReport
        {
            Input = new InputRef("raw", "a.txt"), Status = InputStatus.Processed, StartedAt = DateTimeOffset.UnixEpoch, Duration = TimeSpan.Zero,
        });

        await Assert.ThrowsAnyAsync<JsonException>(() => IngestReportReader.ReadAsync(new MemoryStream(bytes[..(bytes.Length / 2)]), CancellationToken.None));
        await Assert.ThrowsAnyAsync<JsonException>(() => IngestReportReader.ReadAsync(new MemoryStream([]), CancellationToken.None));
    }

    /// <summary>Hands out at most a few bytes per read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] data, int step) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, step)], cancellationToken);
    }
}
