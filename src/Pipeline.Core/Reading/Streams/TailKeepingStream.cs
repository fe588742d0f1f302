namespace Pipeline.Core.Reading.Streams;

/// <summary>Passes reads through and remembers the last 8 bytes read: where a gzip trailer (CRC-32, length) sits when the stream ends.</summary>
internal sealed class TailKeepingStream(Stream inner) : ForwardReadStream(inner)
{
    private readonly byte[] tail = new byte[8];

    public int TailLength { get; private set; }

    public ReadOnlySpan<byte> Tail => tail.AsSpan(0, TailLength);

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = Inner.Read(buffer, offset, count);
        Keep(buffer.AsSpan(offset, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await Inner.ReadAsync(buffer, cancellationToken);
        Keep(buffer.Span[..read]);
        return read;
    }

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
}
