namespace Pipeline.Core.Reading;

/// <summary>Passes reads through and remembers the last 8 bytes read: where a gzip trailer (CRC-32, length) sits when the stream ends.</summary>
internal sealed class TailKeepingStream(Stream inner) : Stream
{
    private readonly byte[] tail = new byte[8];

    public int TailLength { get; private set; }

    public ReadOnlySpan<byte> Tail => tail.AsSpan(0, TailLength);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Keep(buffer.AsSpan(offset, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Keep(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Keep(ReadOnlySpan<byte> read)
    {
        if (read.Length >= tail.Length)
        {
            read[^tail.Length..].CopyTo(tail);
            TailLength = tail.Length;
            return;
        }

        var keep = Math.Min(TailLength, tail.Length - read.Length);
        tail.AsSpan(TailLength - keep, keep).CopyTo(tail);
        read.CopyTo(tail.AsSpan(keep));
        TailLength = keep + read.Length;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
