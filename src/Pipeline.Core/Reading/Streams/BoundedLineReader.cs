namespace Pipeline.Core.Reading.Streams;

/// <summary>
/// Reads lines (and, for WARC, blocks of known length) from a stream through one buffer that never grows past the line
/// limit: a longer line is skipped to its end and reported as too long, so a 1 GB line costs time, not memory.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private byte[] buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
    private int start;
    private int end;
    private bool eof;

    /// <summary>The next line without its line break (LF or CRLF).</summary>
    public async ValueTask<LineRead> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanFrom = start;
        while (true)
        {
            var newline = buffer.AsSpan(scanFrom, end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                var line = buffer.AsMemory(start, lineEnd - start);
                start = lineEnd + 1;
                return Line(line);
            }

            if (end - start > maxLineBytes)
            {
                return await SkipLongLineAsync(cancellationToken);
            }

            if (eof)
            {
                if (end == start)
                {
                    return LineRead.End;
                }

                var last = buffer.AsMemory(start, end - start);
                start = end;
                return Line(last);
            }

            scanFrom = end - start;
            await FillAsync(cancellationToken);
        }
    }

    /// <summary>Exactly <paramref name="count"/> bytes (at most the line limit, which the caller checks).</summary>
    public async ValueTask<byte[]> ReadBlockAsync(int count, CancellationToken cancellationToken)
    {
        var block = new byte[count];
        var copied = Math.Min(count, end - start);
        buffer.AsSpan(start, copied).CopyTo(block);
        start += copied;
        while (copied < count)
        {
            var read = await stream.ReadAsync(block.AsMemory(copied), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException($"truncated: the input ended {count - copied} bytes before the end of a {count}-byte block");
            }

            copied += read;
        }

        return block;
    }

    /// <summary>Reads past <paramref name="count"/> bytes without keeping them.</summary>
    public async ValueTask SkipAsync(long count, CancellationToken cancellationToken)
    {
        var fromBuffer = (int)Math.Min(count, end - start);
        start += fromBuffer;
        var left = count - fromBuffer;
        while (left > 0)
        {
            start = end = 0;
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException($"truncated: the input ended {left} bytes before the end of a {count}-byte block");
            }

            left -= read;
        }
    }

    private static LineRead Line(ReadOnlyMemory<byte> line)
    {
        if (!line.IsEmpty && line.Span[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return new LineRead(LineReadKind.Line, line, line.Length);
    }

    private async ValueTask<LineRead> SkipLongLineAsync(CancellationToken cancellationToken)
    {
        long skipped = end - start;
        start = end = 0;
        while (true)
        {
            var read = eof ? 0 : await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                eof = true;
                return new LineRead(LineReadKind.TooLong, default, skipped);
            }

            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                skipped += newline;
                start = newline + 1;
                end = read;
                return new LineRead(LineReadKind.TooLong, default, skipped);
            }

            skipped += read;
        }
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer up to the limit if it is full, and reads more.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, (int)Math.Min((long)maxLineBytes + 1, buffer.Length * 2L));
        }

        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
        if (read == 0)
        {
            eof = true;
        }

        end += read;
    }
}
