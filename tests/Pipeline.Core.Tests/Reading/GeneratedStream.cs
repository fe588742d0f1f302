namespace Pipeline.Core.Tests.Reading;

/// <summary>A read-only stream produced lazily from chunks (the same chunk may repeat), so a test can feed gigabytes without allocating them.</summary>
internal sealed class GeneratedStream(IEnumerable<ReadOnlyMemory<byte>> chunks) : Stream
{
    private readonly IEnumerator<ReadOnlyMemory<byte>> chunk = chunks.GetEnumerator();
    private ReadOnlyMemory<byte> current;

    public long BytesServed { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesServed; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (current.IsEmpty)
        {
            if (!chunk.MoveNext())
            {
                return 0;
            }

            current = chunk.Current;
        }

        var count = Math.Min(buffer.Length, current.Length);
        current.Span[..count].CopyTo(buffer);
        current = current[count..];
        BytesServed += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
