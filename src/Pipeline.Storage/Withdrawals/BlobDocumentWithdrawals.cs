using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Ingest;
using Polly;

namespace Pipeline.Storage.Withdrawals;

/// <summary>
/// Withdrawals over storage: appends the withdrawal to the claim log (so every host's copy of the corpus changes in the
/// same order) and carries out the document changes at once with the <see cref="WithdrawalExecutor"/>. What the
/// input's current version is, is read from the raw container when the withdrawal is made, so a version that
/// finishes after a newer one withdraws itself, never the newer one.
/// </summary>
public sealed class BlobDocumentWithdrawals(SharedDedupIndex index, WithdrawalExecutor executor, BlobServiceClient service, ResiliencePipeline resilience, ILogger<BlobDocumentWithdrawals> logger) : IDocumentWithdrawals
{
    public async Task<WithdrawalSummary> WithdrawSupersededAsync(InputRef input, CancellationToken cancellationToken)
    {
        // Most inputs are new: once the host's copy is up to date (one read, when nothing else was committed), it knows
        // of no other version, and there is nothing more to ask storage about. A version that claimed nothing (all its
        // records rejected, or unreadable) still catches up here: an earlier version may have been another host's.
        await index.CatchUpAsync(cancellationToken);
        if (!index.HasSourcesBesides(Key(input), input.ETag))
        {
            return WithdrawalSummary.None;
        }

        var current = await CurrentVersionAsync(input, cancellationToken);
        return await WithdrawAsync(input, current, cancellationToken);
    }

    public Task<WithdrawalSummary> WithdrawAllAsync(InputRef input, CancellationToken cancellationToken) =>
        WithdrawAsync(input, keepVersion: null, cancellationToken);

    private async Task<WithdrawalSummary> WithdrawAsync(InputRef input, string? keepVersion, CancellationToken cancellationToken)
    {
        var (sequence, summary) = await index.WithdrawAsync(Key(input), keepVersion, cancellationToken);
        if (sequence == 0)
        {
            return summary;
        }

        // Also runs what earlier withdrawals left undone (their host stopped halfway).
        foreach (var note in await executor.ExecutePendingAsync(cancellationToken))
        {
            logger.LogWarning("Skipped a document change: {Note}", note);
        }

        return summary;
    }

    private static string Key(InputRef input) => $"{input.Container}/{input.Name}";

    /// <summary>The blob's ETag now, as the claim log records versions; null when it is gone.</summary>
    private async Task<string?> CurrentVersionAsync(InputRef input, CancellationToken cancellationToken)
    {
        try
        {
            var blob = service.GetBlobContainerClient(input.Container).GetBlobClient(input.Name);
            var properties = await resilience.ExecuteAsync(async ct => await blob.GetPropertiesAsync(cancellationToken: ct), cancellationToken);
            return properties.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
