using System.Runtime.CompilerServices;
using Pipeline.Core.Reading.Streams;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads one raw input into records, streamed one at a time: recognises its layout by content (gzip, zip, WARC, a JSON
/// array, JSON Lines, a JSON document, or one text/HTML document) and decodes its text. Enforces the input-wide limits
/// (<see cref="ReaderOptions"/>): breaching one, or failing before any record was read, makes the whole input
/// unreadable (<see cref="UnreadableInputException"/>, quarantine); a failure after some records rejects the rest.
/// </summary>
public sealed class DumpReader(ReaderOptions options)
{
    public ReaderOptions Options => options;

    public async IAsyncEnumerable<RawRecord> ReadAsync(Stream input, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Not disposed here: the caller owns the input stream.
        var limited = new LimitedReadStream(input, options.MaxInputBytes);
        var context = new ReadContext(options, new DecompressionBudget(options, () => limited.BytesRead));
        var records = RecordGuard.RejectRestOnFailureAsync(
            new InputFormatRouter(context).ReadAsync(limited, name, keyPrefix: null, depth: 0, cancellationToken),
            keyWhenNothingRead: null,
            cancellationToken);

        var count = 0;
        string? lastKey = null;
        await using var enumerator = records.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    break;
                }
            }
            catch (LimitExceededException limit)
            {
                throw new UnreadableInputException(limit.Message);
            }

            if (++count > options.MaxRecordsPerInput)
            {
                yield return RawRecord.Rejected($"after {lastKey}", $"too many records: more than {options.MaxRecordsPerInput} in one input (Pipeline:Reader:MaxRecordsPerInput); the rest was not read");
                yield break;
            }

            lastKey = enumerator.Current.Key;
            yield return enumerator.Current;
        }

        if (count == 0)
        {
            throw new UnreadableInputException("no records: the input holds no article records (an empty archive or JSON array, or a WARC file without responses)");
        }
    }
}
