namespace Pipeline.Core.Reading.Streams;

/// <summary>
/// Base of the reader's wrapper streams: read-only, forward-only (inputs arrive as network streams, never seeked),
/// closing the stream they wrap when they own it. Subclasses only say what a read does.
/// </summary>
internal abstract class ForwardReadStream(Stream inner, bool ownsInner = true) : Stream
{
    protected Stream Inner { get; } = inner;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsInner)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
