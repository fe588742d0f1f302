using Pipeline.Core.Dedup.Shared;

namespace Pipeline.Core.Ingest;

/// <summary>For a corpus that only grows (the CLI's one batch of files): nothing is ever withdrawn.</summary>
public sealed class NoDocumentWithdrawals : IDocumentWithdrawals
{
    public static NoDocumentWithdrawals Instance { get; } = new();

    public Task<WithdrawalSummary> WithdrawSupersededAsync(InputRef input, CancellationToken cancellationToken) => Task.FromResult(WithdrawalSummary.None);

    public Task<WithdrawalSummary> WithdrawAllAsync(InputRef input, CancellationToken cancellationToken) => Task.FromResult(WithdrawalSummary.None);
}
