using Microsoft.Win32.SafeHandles;

namespace Pipeline.Core.Dedup.Local;

/// <summary>
/// An append-mostly byte log that keeps only its newest bytes in memory and the rest in a temporary file, read back by
/// offset. Lets a batch index grow with its input while the process's memory does not: what is read back is a few
/// records per lookup, served by the OS page cache, which is not the process's working set. The file is created only
/// when the log outgrows its buffer (small batches and tests never touch the disk) and is gone when the store is (on Linux it is unlinked as soon as it is created).
/// Not thread-safe: callers lock.
/// </summary>
internal sealed class SpillFile(int bufferBytes = 1 << 20) : IDisposable
{
    private readonly byte[] tail = new byte[bufferBytes];
    private SafeFileHandle? file;
    private string? path;
    private long flushed;
    private int buffered;

    public long Length => flushed + buffered;

    /// <summary>Appends the bytes; returns the offset to read them back from.</summary>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        var offset = Length;
        if (buffered + bytes.Length > tail.Length)
        {
            Flush();
        }

        if (bytes.Length > tail.Length)
        {
            RandomAccess.Write(Handle(), bytes, flushed);
            flushed += bytes.Length;
            return offset;
        }

        bytes.CopyTo(tail.AsSpan(buffered));
        buffered += bytes.Length;
        return offset;
    }

    public void Read(long offset, Span<byte> destination)
    {
        if (offset < flushed)
        {
            var fromFile = (int)Math.Min(destination.Length, flushed - offset);
            var read = 0;
            while (read < fromFile)
            {
                var n = RandomAccess.Read(file!, destination[read..fromFile], offset + read);
                read += n > 0 ? n : throw new EndOfStreamException($"spill file {path} ended at {offset + read}");
            }

            destination = destination[fromFile..];
            offset += fromFile;
            if (destination.IsEmpty)
            {
                return;
            }
        }

        tail.AsSpan((int)(offset - flushed), destination.Length).CopyTo(destination);
    }

    public void Dispose()
    {
        file?.Dispose();
        file = null;
    }

    private void Flush()
    {
        if (buffered == 0)
        {
            return;
        }

        RandomAccess.Write(Handle(), tail.AsSpan(0, buffered), flushed);
        flushed += buffered;
        buffered = 0;
    }

    private SafeFileHandle Handle()
    {
        if (file is null)
        {
            path = Path.Combine(Path.GetTempPath(), $"pipeline-dedup-{Guid.NewGuid():N}.spill");
            file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows())
            {
                // Unlinked at once: the open handle keeps the data, and nothing is left behind even if the process dies.
                File.Delete(path);
            }
        }

        return file;
    }
}
