using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Dedup;
using Polly;

namespace Pipeline.Storage.Dedup;

/// <summary>
/// The near-duplicate store in Table storage: PartitionKey = "nd-" + band key, RowKey = article id, the signature
/// stored on each row so candidates are verified without another read. A claim costs one partition query, one
/// insert and (rarely) one replace per band: O(bands), no scans. A row's commit order is its server Timestamp,
/// which is ordered within a partition: what <see cref="CanonicalRaceJudge"/> needs.
/// </summary>
public sealed class TableNearDuplicateStore(TableClient table, ResiliencePipeline resilience) : INearDuplicateStore
{
    private const string PartitionPrefix = "nd-";

    public async Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
    {
        var perBand = await Task.WhenAll(bandKeys.Select(key => resilience.ExecuteAsync(
            async ct =>
            {
                var rows = new List<NearDuplicateRow>();
                var partition = PartitionPrefix + key;
                await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
                {
                    rows.Add(ToRow(key, entity));
                }

                return rows;
            },
            cancellationToken).AsTask()));
        return perBand.SelectMany(r => r).ToList();
    }

    public Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken) =>
        Task.WhenAll(bandKeys.Select(key => resilience.ExecuteAsync(
            async ct =>
            {
                try
                {
                    await table.AddEntityAsync(ToEntity(key, entry), ct);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    // Insert-if-absent: the row is there from an earlier attempt (or this one's lost response).
                }
            },
            cancellationToken).AsTask()));

    public Task ReplaceAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken) =>
        Task.WhenAll(bandKeys.Select(key => resilience.ExecuteAsync(
            async ct => await table.UpsertEntityAsync(ToEntity(key, entry), TableUpdateMode.Replace, ct),
            cancellationToken).AsTask()));

    private static TableEntity ToEntity(string bandKey, NearDuplicateEntry entry) => new(PartitionPrefix + bandKey, entry.ArticleId)
    {
        ["CanonicalId"] = entry.CanonicalId,
        ["Similarity"] = entry.Similarity,
        ["Signature"] = entry.Signature.ToBytes(),
    };

    private static NearDuplicateRow ToRow(string bandKey, TableEntity entity) => new(
        bandKey,
        new NearDuplicateEntry(
            entity.RowKey,
            entity.GetString("CanonicalId") ?? entity.RowKey,
            entity.GetDouble("Similarity") ?? 1.0,
            MinHashSignature.FromBytes(entity.GetBinary("Signature") ?? [])),
        entity.Timestamp?.UtcTicks ?? long.MaxValue);
}
