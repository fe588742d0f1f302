using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Tests.Dedup.Local;

public sealed class SpillFileTests
{
    [Fact]
    public void Read_ReturnsWhatWasAppended_AcrossTheFlushedAndBufferedParts()
    {
        using var file = new SpillFile(bufferBytes: 16);
        var offsets = Enumerable.Range(0, 50).Select(i => file.Append(Bytes(i, 7))).ToList();

        foreach (var i in Enumerable.Range(0, 50))
        {
            var read = new byte[7];
            file.Read(offsets[i], read);
            Assert.Equal(Bytes(i, 7), read);
        }

        // A read that starts on disk and ends in the buffer.
        var span = new byte[(int)(file.Length - offsets[45])];
        file.Read(offsets[45], span);
        Assert.Equal(Enumerable.Range(45, 5).SelectMany(i => Bytes(i, 7)), span);
    }

    [Fact]
    public void Append_LargerThanTheBuffer_IsReadBackWhole()
    {
        using var file = new SpillFile(bufferBytes: 16);
        file.Append(Bytes(9, 3));
        var offset = file.Append(Bytes(5, 100));

        var read = new byte[100];
        file.Read(offset, read);

        Assert.Equal(Bytes(5, 100), read);
    }

    [Fact]
    public void Dispose_LeavesNoFileBehind()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "pipeline-dedup-*.spill").Length;
        using (var file = new SpillFile(bufferBytes: 16))
        {
            for (var i = 0; i < 10; i++)
            {
                file.Append(Bytes(i, 10));
            }
        }

        Assert.True(Directory.GetFiles(Path.GetTempPath(), "pipeline-dedup-*.spill").Length <= before);
    }

    private static byte[] Bytes(int value, int length) => Enumerable.Repeat((byte)value, length).ToArray();
}
