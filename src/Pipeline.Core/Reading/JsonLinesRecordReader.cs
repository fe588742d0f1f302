using System.Runtime.CompilerServices;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads a JSON Lines / NDJSON dump one line at a time: each line is a record ("line 17"); a bad or over-long line is
/// rejected with its reason and the rest are read. A file with one line is a single-article file ("1").
/// </summary>
internal sealed class JsonLinesRecordReader(ReadContext context)
{
    public async IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, string? keyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = context.Options;
        var lines = new BoundedLineReader(stream, options.MaxRecordBytes);
        RawRecord? first = null;
        var records = 0;
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
            var record = line.Kind == LineReadKind.TooLong
                ? RawRecord.Rejected(RecordKey.Of(keyPrefix, key), $"record too large: the line has {line.Length} bytes, more than {options.MaxRecordBytes} (Pipeline:Reader:MaxRecordBytes)")
                : JsonRecordDecoder.Decode(RecordKey.Of(keyPrefix, key), line.Bytes.Span, options.MaxJsonDepth);

            // The first record waits until a second one shows this is a dump and not a one-article file.
            if (++records == 1)
            {
                first = record;
                continue;
            }

            if (first is not null)
            {
                yield return first;
                first = null;
            }

            yield return record;
        }

        if (first is not null)
        {
            yield return records == 1 ? first with { Key = RecordKey.Of(keyPrefix, RecordKey.Single) } : first;
        }
    }
}
