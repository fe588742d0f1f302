using System.Text;
using Pipeline.Core.Reading;
using static Pipeline.Core.Tests.Reading.Dumps;

namespace Pipeline.Core.Tests.Reading;

[Collection(MemoryMeasuringCollection.Name)]
public sealed class ReaderLimitsTests
{
    [Fact]
    public async Task Read_InputOverMaxInputBytes_IsQuarantinedWithTheSetting()
    {
        var error = await UnreadableAsync(Utf8(string.Join('\n', Enumerable.Range(1, 200).Select(Article))), "big.jsonl", new ReaderOptions { MaxInputBytes = 10_000 });

        Assert.Contains("Pipeline:Reader:MaxInputBytes", error.Reason);
    }

    [Fact]
    public async Task Read_ZipBomb_IsQuarantinedWhileExpandingWhateverItsHeadersSay()
    {
        // 64 MiB of zeros deflate to ~64 KiB: a ratio near 1000:1.
        var bomb = Zip(("ok.json", Utf8(Article(1))), ("zeros.txt", new byte[64 * 1024 * 1024]));
        Assert.True(bomb.Length < 200_000);

        var error = await UnreadableAsync(bomb, "innocent.zip");

        Assert.Contains("Pipeline:Reader:MaxCompressionRatio", error.Reason);
    }

    [Fact]
    public async Task Read_GzipOverMaxDecompressedBytes_IsQuarantined()
    {
        var random = new Random(7);
        var text = string.Join('\n', Enumerable.Range(1, 2000).Select(i => $$"""{"text":"{{random.NextInt64()}} {{random.NextInt64()}} {{random.NextInt64()}}"}"""));

        var error = await UnreadableAsync(Gzip(Utf8(text)), "dump.gz", new ReaderOptions { MaxDecompressedBytes = 20_000 });

        Assert.Contains("Pipeline:Reader:MaxDecompressedBytes", error.Reason);
    }

    [Fact]
    public async Task Read_OneGigabyteLine_IsRejectedWithoutBufferingIt()
    {
        const long lineBytes = 1L << 30;
        var filler = new byte[1 << 20];
        Array.Fill(filler, (byte)'a');
        IEnumerable<ReadOnlyMemory<byte>> Chunks()
        {
            yield return Utf8(Article(1) + "\n{\"text\":\"");
            for (long sent = 0; sent < lineBytes; sent += filler.Length)
            {
                yield return filler;
            }

            yield return Utf8("\"}\n" + Article(3) + "\n");
        }

        var input = new GeneratedStream(Chunks());
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var records = await ReadAsync(input, "crawl.jsonl", new ReaderOptions { MaxRecordBytes = 64 * 1024, MaxInputBytes = 2L << 30 });

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(input.BytesServed > lineBytes);
        Assert.Equal(["line 1", "line 2", "line 3"], records.Select(r => r.Key));
        Assert.Contains("Pipeline:Reader:MaxRecordBytes", records[1].RejectionReason);
        Assert.Null(records[2].RejectionReason);
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated} bytes reading a 1 GiB line");
    }

    [Fact]
    public async Task Read_MoreRecordsThanMaxRecordsPerInput_RejectsTheRestWithTheSetting()
    {
        var records = await ReadAsync(Utf8(string.Join('\n', Enumerable.Range(1, 10).Select(Article))), "d.jsonl", new ReaderOptions { MaxRecordsPerInput = 3 });

        Assert.Equal(["line 1", "line 2", "line 3", "after line 3"], records.Select(r => r.Key));
        Assert.Contains("Pipeline:Reader:MaxRecordsPerInput", records[3].RejectionReason);
    }

    [Fact]
    public async Task Read_DeeplyNestedJson_IsRejectedWithoutOverflowingTheStack()
    {
        const int depth = 100_000;
        var nested = new StringBuilder().Insert(0, "{\"a\":", depth).Append('1').Append('}', depth).ToString();
        var dump = Utf8($"{Article(1)}\n{nested}\n{Article(3)}\n");

        var records = await ReadAsync(dump, "deep.jsonl");

        Assert.Equal(["line 1", "line 2", "line 3"], records.Select(r => r.Key));
        Assert.Contains("depth", records[1].RejectionReason);
        Assert.Null(records[2].RejectionReason);
    }

    [Fact]
    public async Task Read_HugeJsonArray_IsStreamedElementByElement()
    {
        const int count = 200_000;
        IEnumerable<ReadOnlyMemory<byte>> Chunks()
        {
            yield return "["u8.ToArray();
            for (var i = 1; i <= count; i++)
            {
                yield return Utf8((i > 1 ? "," : "") + $$"""{"title":"t{{i}}","text":"body {{i}}"}""");
            }

            yield return "]"u8.ToArray();
        }

        var keys = 0;
        string? last = null;
        await foreach (var record in new DumpReader(new ReaderOptions { MaxRecordsPerInput = count }).ReadAsync(new GeneratedStream(Chunks()), "huge.json", CancellationToken.None))
        {
            Assert.Null(record.RejectionReason);
            keys++;
            last = record.Key;
        }

        Assert.Equal((count, $"item {count}"), (keys, last));
    }
}
