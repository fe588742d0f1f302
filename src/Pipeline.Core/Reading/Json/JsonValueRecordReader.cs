using System.Runtime.CompilerServices;

namespace Pipeline.Core.Reading.Json;

/// <summary>
/// Reads a JSON array element by element ("item 3"), or a JSON document that is one object ("1") or several
/// concatenated ones ("item 2"), never holding more than one element in memory.
/// </summary>
internal sealed class JsonValueRecordReader(ReadContext context)
{
    /// <summary>A document holding a single object is a one-article file ("1"); an array keeps its item numbers.</summary>
    public IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, bool array, string? keyPrefix, CancellationToken cancellationToken) =>
        array
            ? ReadValuesAsync(stream, array, keyPrefix, cancellationToken)
            : LoneRecordKeying.ApplyAsync(ReadValuesAsync(stream, array, keyPrefix, cancellationToken), keyPrefix, cancellationToken);

    private async IAsyncEnumerable<RawRecord> ReadValuesAsync(Stream stream, bool array, string? keyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = context.Options;
        var splitter = new JsonValueSplitter(stream, array, options.MaxRecordBytes);
        var tooLong = new StrongBox<bool>();
        var number = 0;
        while (await splitter.NextAsync(tooLong, cancellationToken) is { } bytes)
        {
            var key = RecordKey.Of(keyPrefix, $"item {++number}");
            yield return tooLong.Value
                ? RawRecord.Rejected(key, $"record too large: the element has more than {options.MaxRecordBytes} bytes (Pipeline:Reader:MaxRecordBytes)")
                : JsonRecordDecoder.Decode(key, bytes.Span, options.MaxJsonDepth);
        }
    }
}
