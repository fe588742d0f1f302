using System.Runtime.CompilerServices;
using Pipeline.Core.Reading.Streams;

namespace Pipeline.Core.Reading.Json;

/// <summary>
/// Reads a JSON Lines / NDJSON dump one line at a time: each line is a record ("line 17"); a bad or over-long line is
/// rejected with its reason and the rest are read. A file with one line is a single-article file ("1").
/// </summary>
internal sealed class JsonLinesRecordReader(ReadContext context)
{
    public IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, string? keyPrefix, CancellationToken cancellationToken) =>
        LoneRecordKeying.ApplyAsync(ReadLinesAsync(stream, keyPrefix, cancellationToken), keyPrefix, cancellationToken);

    private async IAsyncEnumerable<RawRecord> ReadLinesAsync(Stream stream, string? keyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = context.Options;
        var lines = new BoundedLineReader(stream, options.MaxRecordBytes);
        var number = 0;
        while (true)
        {
            var line = await lines.ReadLineAsync(cancellationToken);
            if (line.Kind == LineReadKind.End)
            {
                break;
            }

            number++;
            if (line.Kind == LineReadKind.Line && line.Bytes.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            var key = $"line {number}";
            yield return line.Kind == LineReadKind.TooLong
                ? RawRecord.Rejected(RecordKey.Of(keyPrefix, key), $"record too large: the line has {line.Length} bytes, more than {options.MaxRecordBytes} (Pipeline:Reader:MaxRecordBytes)")
                : JsonRecordDecoder.Decode(RecordKey.Of(keyPrefix, key), line.Bytes.Span, options.MaxJsonDepth);
        }
    }
}
