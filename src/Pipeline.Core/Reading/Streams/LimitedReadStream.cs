namespace Pipeline.Core.Reading.Streams;

/// <summary>Reads an input forwards, counting bytes and stopping with a reason once more than the limit has come in (never trusts a declared length).</summary>
internal sealed class LimitedReadStream(Stream inner, long maxBytes) : ForwardReadStream(inner, ownsInner: false)
{
    public long BytesRead { get; private set; }

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(Inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await Inner.ReadAsync(buffer, cancellationToken));

    private int Count(int read)
    {
        BytesRead += read;
        if (BytesRead > maxBytes)
        {
            throw new LimitExceededException($"input too large: more than {maxBytes} bytes (Pipeline:Reader:MaxInputBytes)");
        }

        return read;
    }
}
