using System.Runtime.CompilerServices;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads a JSON array element by element ("item 3"), or a JSON document that is one object ("1") or several
/// concatenated ones ("item 2"), never holding more than one element in memory.
/// </summary>
internal sealed class JsonValueRecordReader(ReadContext context)
{
    public async IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, bool array, string? keyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = context.Options;
        var splitter = new JsonValueSplitter(stream, array, options.MaxRecordBytes);
        var tooLong = new StrongBox<bool>();
        RawRecord? first = null;
        var number = 0;
        while (await splitter.NextAsync(tooLong, cancellationToken) is { } bytes)
        {
            var key = RecordKey.Of(keyPrefix, $"item {++number}");
            var record = tooLong.Value
                ? RawRecord.Rejected(key, $"record too large: the element has more than {options.MaxRecordBytes} bytes (Pipeline:Reader:MaxRecordBytes)")
                : JsonRecordDecoder.Decode(key, bytes.Span, options.MaxJsonDepth);

            // A document holding a single object is a one-article file ("1"); an array keeps its item numbers.
            if (!array && number == 1)
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
            yield return first with { Key = RecordKey.Of(keyPrefix, RecordKey.Single) };
        }
    }
}
