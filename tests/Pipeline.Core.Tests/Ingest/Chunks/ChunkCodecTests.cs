using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Ingest.Chunks;

public sealed class ChunkCodecTests
{
    [Fact]
    public void RecordCodec_ReadOfWrite_GivesBackEveryRecordAsRead()
    {
        IReadOnlyList<RawRecord> records =
        [
            new RawRecord("line 17", DumpFormat.Json, "{\"title\": \"Zürich\", \"text\": \"line one\\nline two\"}", "https://example.com/a"),
            new RawRecord("archive.zip/b.html", DumpFormat.Html, "<p>中文 text\uFFFD</p>") { Note = "1 undecodable byte replaced with U+FFFD" },
            RawRecord.Rejected("line 19", "invalid JSON: unexpected end"),
        ];
        using var buffer = new MemoryStream();

        ChunkRecordCodec.Write(records, buffer);
        buffer.Position = 0;
        var read = ChunkRecordCodec.Read(buffer);

        Assert.Equal(records, read);
        Assert.Equal("invalid JSON: unexpected end", read[2].RejectionReason);
    }

    [Fact]
    public void RecordCodec_ACutOffChunk_IsInvalidData()
    {
        using var buffer = new MemoryStream();
        ChunkRecordCodec.Write([new RawRecord("line 1", DumpFormat.Text, new string('x', 1000))], buffer);

        Assert.Throws<InvalidDataException>(() => ChunkRecordCodec.Read(new MemoryStream(buffer.ToArray()[..500])));
    }

    [Fact]
    public void ResultCodec_DecodeOfEncode_GivesBackOutcomesInfoAndFormats()
    {
        var result = new ChunkResult(
            new ChunkInfo(7, 3, "host-a:42", TimeSpan.FromMilliseconds(1234.5)),
            [
                new RecordOutcome("line 14001", RecordStatus.Written, "aa", Note: "2 undecodable bytes replaced with U+FFFD"),
                new RecordOutcome("line 14002", RecordStatus.Duplicate, "bb", "aa", 0.73),
                new RecordOutcome("line 14003", RecordStatus.Rejected, Reason: "no article text found"),
            ],
            new SortedSet<string> { "json" })
        {
            Removals = RemovalCounts.Of([KeyValuePair.Create("counter-line", 8L), KeyValuePair.Create("photo-caption", 2L)]),
        };

        var decoded = ChunkResultCodec.Decode(ChunkResultCodec.Encode(result));

        Assert.Equal(result.Info, decoded.Info);
        Assert.Equal(result.Removals, decoded.Removals);
        Assert.Equal(result.Outcomes, decoded.Outcomes);
        Assert.Equal(["json"], decoded.Formats);
        Assert.Equal(new RecordCounts(1, 1, 1), decoded.Counts);
    }

    [Fact]
    public void ResultCodec_AResultOfTheEarlierVersion_IsInvalidData()
    {
        var current = ChunkResultCodec.Encode(new ChunkResult(new ChunkInfo(0, 0, "host", TimeSpan.Zero), [], new SortedSet<string>()));
        "PCO2"u8.CopyTo(current);

        Assert.Throws<InvalidDataException>(() => ChunkResultCodec.Decode(current));
    }
}
