using Pipeline.Core.Dedup.Shared;

namespace Pipeline.Core.Ingest;

/// <summary>
/// Takes out of the corpus what an input no longer carries: the documents of its older versions once a newer one is
/// processed, everything it produced once it is deleted. Cluster members that remain are promoted in place of a
/// withdrawn canonical, so every article still carried by a live input keeps one search document.
/// </summary>
public interface IDocumentWithdrawals
{
    /// <summary>
    /// Withdraws the sources of <paramref name="input"/> that are not of its current version (read from storage now: all
    /// of them if it is gone). Called when a version's report is final, after its documents were written.
    /// </summary>
    Task<WithdrawalSummary> WithdrawSupersededAsync(InputRef input, CancellationToken cancellationToken);

    /// <summary>Withdraws every source of a deleted input.</summary>
    Task<WithdrawalSummary> WithdrawAllAsync(InputRef input, CancellationToken cancellationToken);
}
