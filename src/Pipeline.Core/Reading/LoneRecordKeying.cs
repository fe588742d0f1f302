using System.Runtime.CompilerServices;

namespace Pipeline.Core.Reading;

/// <summary>
/// A JSON input that turns out to hold one record is a one-article file, keyed "1" like a single HTML page or text
/// dump, not "line 1" or "item 1". The first record is held back until a second shows the input is a dump.
/// </summary>
internal static class LoneRecordKeying
{
    public static async IAsyncEnumerable<RawRecord> ApplyAsync(IAsyncEnumerable<RawRecord> records, string? keyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RawRecord? first = null;
        var count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            if (++count == 1)
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
