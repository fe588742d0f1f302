using System.Runtime.ExceptionServices;

namespace Pipeline.Core.Reading.Streams;

/// <summary>
/// Lets the reader look at an input's first bytes (magic numbers, first characters) and then read it from the start,
/// without seeking. A read failure met while peeking ahead (a truncated gzip) is held back and thrown where the peeked
/// bytes run out, so the records in those bytes are still read.
/// </summary>
internal sealed class PeekableStream(Stream inner) : ForwardReadStream(inner)
{
    private byte[] head = [];
    private int headLength;
    private int headPosition;
    private bool consumed;
    private bool ended;
    private ExceptionDispatchInfo? deferred;

    /// <summary>Up to <paramref name="count"/> first bytes (fewer only at the end of the input). Call before reading; a later, larger peek reads further.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> PeekAsync(int count, CancellationToken cancellationToken)
    {
        if (headPosition == 0 && !consumed && count > headLength && !ended)
        {
            Array.Resize(ref head, count);
            try
            {
                int read;
                while (headLength < count && (read = await Inner.ReadAsync(head.AsMemory(headLength), cancellationToken)) > 0)
                {
                    headLength += read;
                }
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
            {
                deferred = ExceptionDispatchInfo.Capture(e);
            }

            ended = headLength < count;
        }

        return head.AsMemory(0, headLength);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (headPosition < headLength)
        {
            return FromHead(buffer.AsSpan(offset, count));
        }

        deferred?.Throw();
        return Inner.Read(buffer, offset, count);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (headPosition < headLength)
        {
            return ValueTask.FromResult(FromHead(buffer.Span));
        }

        deferred?.Throw();
        return Inner.ReadAsync(buffer, cancellationToken);
    }

    private int FromHead(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, headLength - headPosition);
        head.AsSpan(headPosition, count).CopyTo(destination);
        headPosition += count;
        if (headPosition == headLength)
        {
            head = [];
            headLength = headPosition = 0;
            consumed = true;
        }

        return count;
    }
}
