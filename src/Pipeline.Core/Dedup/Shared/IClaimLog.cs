namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// The corpus's dedup claims as an append-only log of batches numbered 1, 2, 3...: the state every host rebuilds its
/// index from. Appending is a conditional create, so of two hosts appending the same number exactly one succeeds; the
/// other reads the winner's batch and decides again. Every access is a point read or write: its cost does not grow
/// with the corpus.
/// </summary>
public interface IClaimLog
{
    /// <summary>The batch with this number, or null when none has been appended yet.</summary>
    Task<ClaimBatch?> ReadAsync(long sequence, CancellationToken cancellationToken);

    /// <summary>Appends the batch as number <paramref name="sequence"/>; false when another batch already has that number.</summary>
    Task<bool> TryAppendAsync(long sequence, ClaimBatch batch, CancellationToken cancellationToken);
}
