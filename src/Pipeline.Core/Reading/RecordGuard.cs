using System.Runtime.CompilerServices;

namespace Pipeline.Core.Reading;

/// <summary>
/// Keeps a read failure (corrupt or truncated data, undecodable content) from losing what was read before it:
/// the records read so far pass through, and the failure becomes one rejection for the unread rest.
/// </summary>
internal static class RecordGuard
{
    /// <param name="keyWhenNothingRead">The rejection's key when the failure came before any record; null to throw
    /// <see cref="UnreadableInputException"/> instead (the whole input is unreadable).</param>
    public static async IAsyncEnumerable<RawRecord> RejectRestOnFailureAsync(
        IAsyncEnumerable<RawRecord> records, string? keyWhenNothingRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? lastKey = null;
        await using var enumerator = records.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            string? failure;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }

                failure = null;
            }
            catch (Exception e) when (ReadFailure.Describe(e) is { } reason)
            {
                failure = reason;
            }

            if (failure is null)
            {
                lastKey = enumerator.Current.Key;
                yield return enumerator.Current;
                continue;
            }

            if (lastKey is not null)
            {
                yield return RawRecord.Rejected($"after {lastKey}", $"the rest was not read: {failure}");
            }
            else if (keyWhenNothingRead is not null)
            {
                yield return RawRecord.Rejected(keyWhenNothingRead, failure);
            }
            else
            {
                throw new UnreadableInputException(failure);
            }

            yield break;
        }
    }
}
