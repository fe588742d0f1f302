using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Dedup;
using Polly;

namespace Pipeline.Storage.Dedup;

/// <summary>
/// The corpus-wide exact-duplicate index in Table storage: one row per content hash, claimed by insert-if-absent,
/// so of several hosts inserting the same hash at once exactly one wins; the others read the winner's row.
/// </summary>
public sealed class TableDedupIndex(TableClient table, ResiliencePipeline resilience) : IDedupIndex
{
    private const string ExactPartitionPrefix = "exact-";

    public async Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken)
    {
        // Partitioned by the hash's first two hex digits: spreads load without needing scans.
        var entity = new TableEntity(ExactPartitionPrefix + candidate.ContentHash[..2], candidate.ContentHash)
        {
            ["ArticleId"] = candidate.Id,
            ["Owner"] = candidate.OwnerKey,
        };

        return await resilience.ExecuteAsync(
            async ct =>
            {
                try
                {
                    await table.AddEntityAsync(entity, ct);
                    return DedupVerdict.Owner(candidate.Id);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    var existing = (await table.GetEntityAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: ct)).Value;
                    var id = existing.GetString("ArticleId") ?? candidate.Id;
                    return existing.GetString("Owner") == candidate.OwnerKey ? DedupVerdict.Owner(id) : DedupVerdict.DuplicateOf(id, 1.0);
                }
            },
            cancellationToken);
    }
}
