using System.Buffers.Binary;
using System.IO.Compression;

namespace Pipeline.Core.Reading.Streams;

/// <summary>
/// Decompresses a gzip input under the input's decompression budget. .NET's GZipStream ends silently on a truncated
/// input, so at the end the decompressed length is checked against the gzip trailer (ISIZE) and a mismatch is reported
/// as truncation. Multi-member files (WARC.gz: one member per record) can't be checked that way; their readers find a
/// truncated record themselves, and <see cref="VerifyLength"/> is turned off for them.
/// </summary>
internal sealed class GzipInputStream : Stream
{
    private readonly TailKeepingStream compressed;
    private readonly DecompressionGuardStream decompressed;
    private bool ended;

    public GzipInputStream(Stream source, DecompressionBudget budget)
    {
        compressed = new TailKeepingStream(source);
        decompressed = new DecompressionGuardStream(new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true), budget);
    }

    public bool VerifyLength { get; set; } = true;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => decompressed.BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Check(decompressed.Read(buffer, offset, count), count);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Check(await decompressed.ReadAsync(buffer, cancellationToken), buffer.Length);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Check(int read, int requested)
    {
        if (read > 0 || requested == 0 || ended || !VerifyLength)
        {
            return read;
        }

        ended = true;
        var tail = compressed.Tail;
        if (tail.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) != (uint)decompressed.BytesRead)
        {
            throw new InvalidDataException($"truncated gzip: the stream ended after {decompressed.BytesRead} decompressed bytes without a matching gzip trailer");
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            decompressed.Dispose();
        }

        base.Dispose(disposing);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
