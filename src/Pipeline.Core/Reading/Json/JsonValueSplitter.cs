using System.Buffers;
using System.Runtime.CompilerServices;

namespace Pipeline.Core.Reading.Json;

/// <summary>
/// Cuts a stream into top-level JSON values without parsing them: the elements of one top-level array, or a sequence
/// of values (a single document, or several concatenated). It tracks only strings, escapes and a bracket count, so
/// nesting costs no stack and no memory; a value longer than the limit is scanned to its end and reported as too
/// long without being kept. Each value is validated afterwards on its own, so one bad element doesn't lose the others.
/// </summary>
internal sealed class JsonValueSplitter(Stream stream, bool array, int maxValueBytes)
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> value = new();
    private int position;
    private int length;
    private bool eof;
    private bool opened;
    private bool closed;

    /// <summary>The next value's bytes (valid until the next call), null at the end; <paramref name="tooLong"/> set for a value over the limit.</summary>
    /// <exception cref="InvalidDataException">An array that isn't closed, content after it, or a value cut off by the end of the input.</exception>
    public async ValueTask<ReadOnlyMemory<byte>?> NextAsync(StrongBox<bool> tooLong, CancellationToken cancellationToken)
    {
        tooLong.Value = false;
        value.ResetWrittenCount();
        if (array && !opened)
        {
            if (await NextSignificantAsync(cancellationToken) != '[')
            {
                throw new InvalidDataException("not a JSON array");
            }

            position++;
            opened = true;
        }

        while (true)
        {
            var next = await NextSignificantAsync(cancellationToken);
            if (closed || (!array && next < 0))
            {
                if (next >= 0)
                {
                    throw new InvalidDataException("content after the end of the JSON array");
                }

                return null;
            }

            if (next < 0)
            {
                throw new InvalidDataException("truncated JSON: the array is not closed");
            }

            if (array && next == ',')
            {
                position++;
                continue;
            }

            if (array && next == ']')
            {
                position++;
                closed = true;
                continue;
            }

            return await ScanValueAsync(tooLong, cancellationToken);
        }
    }

    private async ValueTask<ReadOnlyMemory<byte>?> ScanValueAsync(StrongBox<bool> tooLong, CancellationToken cancellationToken)
    {
        var depth = 0;
        var strings = new JsonStringTracker();
        var first = buffer[position];
        var scalar = first is not ((byte)'{' or (byte)'[' or (byte)'"');
        long size = 0;
        while (true)
        {
            if (position == length && !await FillAsync(cancellationToken))
            {
                if (scalar && !strings.InString)
                {
                    return Finish(tooLong);
                }

                throw new InvalidDataException($"truncated JSON: a value was cut off after {size} bytes");
            }

            var from = position;
            var done = false;
            for (; position < length && !done; position++)
            {
                var b = buffer[position];
                var wasInString = strings.InString;
                if (strings.Consume(b))
                {
                    // A top-level string value ends with its closing quote.
                    done = wasInString && !strings.InString && depth == 0 && !scalar;
                    continue;
                }

                switch (b)
                {
                    case (byte)'{' or (byte)'[':
                        depth++;
                        break;
                    case (byte)'}' or (byte)']':
                        if (scalar)
                        {
                            // The scalar ended at the array's closing bracket: leave the bracket for the caller.
                            done = true;
                            position--;
                            break;
                        }

                        depth--;
                        done = depth == 0;
                        break;
                    case (byte)',' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' when scalar:
                        done = true;
                        position--;
                        break;
                }
            }

            var chunk = buffer.AsSpan(from, position - from);
            size += chunk.Length;
            if (!tooLong.Value && size > maxValueBytes)
            {
                tooLong.Value = true;
                value.ResetWrittenCount();
            }

            if (!tooLong.Value)
            {
                value.Write(chunk);
            }

            if (done)
            {
                return Finish(tooLong);
            }
        }
    }

    private ReadOnlyMemory<byte>? Finish(StrongBox<bool> tooLong) => tooLong.Value ? ReadOnlyMemory<byte>.Empty : value.WrittenMemory;

    /// <summary>The next byte that isn't white space (not consumed), or -1 at the end of the input.</summary>
    private async ValueTask<int> NextSignificantAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            while (position < length)
            {
                var b = buffer[position];
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return b;
                }

                position++;
            }

            if (!await FillAsync(cancellationToken))
            {
                return -1;
            }
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (eof)
        {
            return false;
        }

        position = 0;
        length = await stream.ReadAsync(buffer, cancellationToken);
        eof = length == 0;
        return !eof;
    }
}
