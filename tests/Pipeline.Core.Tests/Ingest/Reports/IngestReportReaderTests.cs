using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Output;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Core.Tests.Ingest.Reports;

public sealed class IngestReportReaderTests
{
    [Fact]
    public void Read_OfAProcessingReport_GivesBackItsProgress()
    {
        var report = new IngestReport
        {
            Input = new InputRef("raw", "dumps/big.jsonl", "\"0x8DE1\""),
            Status = InputStatus.Processing,
            Format = "json",
            StartedAt = new DateTimeOffset(2026, 11, 30, 7, 44, 58, 100, TimeSpan.Zero),
            Duration = TimeSpan.FromMilliseconds(1234.5),
            Counts = new RecordCounts(3500, 80, 12),
            Removals = RemovalCounts.Of([KeyValuePair.Create("photo-caption", 120L), KeyValuePair.Create("counter-line", 7001L)]),
            Stages = new Dictionary<IngestStage, StageTally> { [IngestStage.Write] = new(TimeSpan.FromMilliseconds(900), 3580), [IngestStage.Dedup] = new(TimeSpan.FromMilliseconds(12), 4) },
            Chunks = new ChunkProgress("run1", null, [new ChunkInfo(1, 1796, "host-b:7", TimeSpan.FromSeconds(4)), new ChunkInfo(0, 1796, "host-a:9", TimeSpan.FromSeconds(3))]),
        };

        var read = IngestReportReader.Read(IngestReportSerializer.Serialize(report));

        Assert.Equal(report.Input, read.Input);
        Assert.Equal((InputStatus.Processing, "json"), (read.Status, read.Format));
        Assert.Equal(report.StartedAt, read.StartedAt);
        Assert.Equal(report.Counts, read.Counts);
        Assert.Equal(report.Removals, read.Removals);
        Assert.Equal(report.Stages, read.Stages);
        Assert.Equal(3584, read.StorageRequests);
        Assert.Equal("run1", read.Chunks!.Run);
        Assert.Null(read.Chunks.Total);
        Assert.Equal([0, 1], read.Chunks.Done.Select(c => c.Index));
        Assert.Equal("host-b:7", read.Chunks.Done[1].ProcessedBy);
    }

    [Fact]
    public void Serialize_WritesRemovalsAsAnObjectOfRuleNameToCount()
    {
        var report = new IngestReport
        {
            Input = new InputRef("raw", "a.txt"),
            Status = InputStatus.Processed,
            StartedAt = DateTimeOffset.UnixEpoch,
            Duration = TimeSpan.Zero,
            Removals = RemovalCounts.Of([KeyValuePair.Create("promo", 1L), KeyValuePair.Create("counter-line", 8L)]),
        };

        using var json = System.Text.Json.JsonDocument.Parse(IngestReportSerializer.Serialize(report));

        Assert.Equal([("counter-line", 8), ("promo", 1)], json.RootElement.GetProperty("removals").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
    }
}
