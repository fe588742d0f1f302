using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Storage.Blobs;
using Polly;

namespace Pipeline.Storage.Withdrawals;

/// <summary>
/// Carries out the document changes of the claim log's withdrawals, one withdrawal after the other in log order, and
/// records how far it got in a checkpoint blob beside the log. Any host may run it, several at once: every change
/// is safe to make twice and checks the document it replaces or removes still comes from a withdrawn record, so a
/// later change is never undone. A duplicate's document that a host has claimed but not yet written (it is still
/// writing its chunk) is waited for; one that never comes (its input failed for good) is skipped and reported.
/// </summary>
public sealed class WithdrawalExecutor(
    SharedDedupIndex index,
    BlobContainerClient claims,
    BlobContainerClient normalized,
    BlobContainerClient duplicates,
    ResiliencePipeline resilience,
    TimeProvider time)
{
    /// <summary>The checkpoint's name in the claim log's container (batches are <c>{number}.claims</c>).</summary>
    public const string CheckpointName = "withdrawals-done";

    /// <summary>How long a promotion waits for the duplicate document it promotes to be written.</summary>
    public TimeSpan MissingDocumentWait { get; init; } = TimeSpan.FromSeconds(60);

    private static readonly BlobHttpHeaders Headers = new() { ContentType = "application/json; charset=utf-8" };
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Runs every withdrawal the checkpoint has not passed yet; returns the changes it had to skip (a document never written).</summary>
    public async Task<IReadOnlyList<string>> ExecutePendingAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await index.CatchUpAsync(cancellationToken);
            var skipped = new List<string>();
            var (done, etag) = await ReadCheckpointAsync(cancellationToken);
            foreach (var (sequence, withdrawal) in index.WithdrawalsAfter(done))
            {
                foreach (var effect in withdrawal.Effects)
                {
                    if (await ApplyAsync(effect, cancellationToken) is { } note)
                    {
                        skipped.Add($"withdrawal {sequence} of {withdrawal.Input}: {note}");
                    }
                }

                (done, etag) = await AdvanceAsync(sequence, etag, cancellationToken);
            }

            return skipped;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <returns>Null when done; else why the change was skipped.</returns>
    private Task<string?> ApplyAsync(DocumentEffect effect, CancellationToken cancellationToken) => effect switch
    {
        DuplicateRemoval removal => RemoveDuplicateAsync(removal, cancellationToken),
        DocumentRemoval removal => RemoveDocumentAsync(removal, cancellationToken),
        DocumentPromotion promotion => PromoteAsync(promotion, cancellationToken),
        DuplicateMove move => MoveAsync(move, cancellationToken),
        _ => throw new InvalidOperationException($"unknown document effect {effect.GetType().Name}"),
    };

    private async Task<string?> RemoveDuplicateAsync(DuplicateRemoval removal, CancellationToken cancellationToken)
    {
        var blob = duplicates.GetBlobClient(BlobNames.Duplicate(removal.CanonicalId, removal.ArticleId, removal.Source.OwnerKey));
        await resilience.ExecuteAsync(async ct => await blob.DeleteIfExistsAsync(cancellationToken: ct), cancellationToken);
        return null;
    }

    private async Task<string?> RemoveDocumentAsync(DocumentRemoval removal, CancellationToken cancellationToken)
    {
        var blob = normalized.GetBlobClient(BlobNames.Document(removal.ArticleId));
        while (await ReadAsync(blob, cancellationToken) is { } current && removal.Withdrawn.Any(w => w.OwnerKey == current.OriginKey))
        {
            if (await TryAsync(ct => blob.DeleteAsync(conditions: new BlobRequestConditions { IfMatch = current.ETag }, cancellationToken: ct), cancellationToken))
            {
                break;
            }
        }

        return null;
    }

    private async Task<string?> PromoteAsync(DocumentPromotion promotion, CancellationToken cancellationToken)
    {
        var target = normalized.GetBlobClient(BlobNames.Document(promotion.ArticleId));
        var copy = duplicates.GetBlobClient(BlobNames.Duplicate(promotion.FromCanonicalId, promotion.ArticleId, promotion.Source.OwnerKey));
        var deadline = time.GetUtcNow() + MissingDocumentWait;
        while (true)
        {
            var current = await ReadAsync(target, cancellationToken);
            if (current?.OriginKey == promotion.Source.OwnerKey)
            {
                // Promoted already (this change made before, or the record's own host wrote it there).
                break;
            }

            if (current is not null && !promotion.Withdrawn.Any(w => w.OwnerKey == current.OriginKey) && promotion.Withdrawn.Count > 0)
            {
                // Another record's document took the place meanwhile: a later change, left alone.
                break;
            }

            if (await ReadAsync(copy, cancellationToken) is not { } promoted)
            {
                if (time.GetUtcNow() >= deadline)
                {
                    return $"the document of {promotion.Source.OwnerKey} to promote as {promotion.ArticleId} was never written";
                }

                await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
                continue;
            }

            var conditions = current is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = current.ETag };
            if (await TryAsync(ct => target.UploadAsync(promoted.WithDedup(null), new BlobUploadOptions { HttpHeaders = Headers, Conditions = conditions }, ct), cancellationToken))
            {
                break;
            }
        }

        await resilience.ExecuteAsync(async ct => await copy.DeleteIfExistsAsync(cancellationToken: ct), cancellationToken);
        return null;
    }

    private async Task<string?> MoveAsync(DuplicateMove move, CancellationToken cancellationToken)
    {
        var from = duplicates.GetBlobClient(BlobNames.Duplicate(move.FromCanonicalId, move.ArticleId, move.Source.OwnerKey));
        var to = duplicates.GetBlobClient(BlobNames.Duplicate(move.ToCanonicalId, move.ArticleId, move.Source.OwnerKey));
        var deadline = time.GetUtcNow() + MissingDocumentWait;
        StoredDocument? moved;
        while ((moved = await ReadAsync(from, cancellationToken)) is null)
        {
            if (await ReadAsync(to, cancellationToken) is not null)
            {
                return null;
            }

            if (time.GetUtcNow() >= deadline)
            {
                return $"the duplicate document of {move.Source.OwnerKey} to move under {move.ToCanonicalId} was never written";
            }

            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        }

        await resilience.ExecuteAsync(async ct => await to.UploadAsync(moved.WithDedup(move.ToCanonicalId), new BlobUploadOptions { HttpHeaders = Headers }, ct), cancellationToken);
        await resilience.ExecuteAsync(async ct => await from.DeleteIfExistsAsync(cancellationToken: ct), cancellationToken);
        return null;
    }

    private async Task<StoredDocument?> ReadAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var content = await resilience.ExecuteAsync(async ct => await blob.DownloadContentAsync(ct), cancellationToken);
            return StoredDocument.Parse(content.Value.Content, content.Value.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>A conditional request: false when its condition no longer holds (someone changed the blob meanwhile).</summary>
    private async Task<bool> TryAsync(Func<CancellationToken, Task> request, CancellationToken cancellationToken)
    {
        try
        {
            await resilience.ExecuteAsync(async ct => await request(ct), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    private async Task<(long Done, ETag? ETag)> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            var content = await resilience.ExecuteAsync(async ct => await claims.GetBlobClient(CheckpointName).DownloadContentAsync(ct), cancellationToken);
            return (long.Parse(content.Value.Content.ToString(), CultureInfo.InvariantCulture), content.Value.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (0, null);
        }
    }

    /// <summary>Moves the checkpoint to <paramref name="sequence"/> unless another executor has already passed it.</summary>
    private async Task<(long Done, ETag? ETag)> AdvanceAsync(long sequence, ETag? etag, CancellationToken cancellationToken)
    {
        while (true)
        {
            var conditions = etag is { } known ? new BlobRequestConditions { IfMatch = known } : new BlobRequestConditions { IfNoneMatch = ETag.All };
            try
            {
                var written = await resilience.ExecuteAsync(
                    async ct => await claims.GetBlobClient(CheckpointName).UploadAsync(BinaryData.FromString(sequence.ToString(CultureInfo.InvariantCulture)), new BlobUploadOptions { Conditions = conditions }, ct),
                    cancellationToken);
                return (sequence, written.Value.ETag);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                var (done, current) = await ReadCheckpointAsync(cancellationToken);
                if (done >= sequence)
                {
                    return (done, current);
                }

                etag = current;
            }
        }
    }
}
