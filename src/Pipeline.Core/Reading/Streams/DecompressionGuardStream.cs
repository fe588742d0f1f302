namespace Pipeline.Core.Reading.Streams;

/// <summary>Charges every decompressed byte to the input's budget while reading, so a zip or gzip bomb is stopped as it expands.</summary>
internal sealed class DecompressionGuardStream(Stream inner, DecompressionBudget budget) : ForwardReadStream(inner)
{
    public long BytesRead { get; private set; }

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Charge(Inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Charge(await Inner.ReadAsync(buffer, cancellationToken));

    private int Charge(int read)
    {
        BytesRead += read;
        budget.Spend(read);
        return read;
    }
}
