using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// A batch's claims before they are committed: lookups see the corpus (the host's copy) and what this batch has
/// claimed so far, so duplicates inside a chunk are settled in memory. New articles and new sources of known ones
/// become log entries, kept here until the batch is appended to the log, and dropped if another host committed first
/// (the batch is then decided again).
/// </summary>
internal sealed class PendingClaims(CorpusArticles corpus, LocalNearDuplicateStore corpusNear) : IDedupIndex, INearDuplicateStore
{
    private readonly List<ClaimLogEntry> entries = [];
    private readonly Dictionary<string, ArticleClaim> claimedByHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> claimIndexById = new(StringComparer.Ordinal);
    private readonly HashSet<(string Hash, string OwnerKey, string? Version)> sighted = [];
    private readonly Dictionary<string, List<NearDuplicateEntry>> rows = new(StringComparer.Ordinal);

    public IReadOnlyList<ClaimLogEntry> Entries => entries;

    /// <summary>
    /// The owner of an article is the record its document comes from (the first live source): that record claiming it
    /// again (a replay, or the same record in a newer version) owns it still. Any other record is a duplicate, and
    /// becomes one more source of the article.
    /// </summary>
    public Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken)
    {
        var source = SourceOf(candidate);
        if (claimedByHash.TryGetValue(candidate.ContentHash, out var claim))
        {
            return Task.FromResult(Sight(candidate.ContentHash, claim.Id, source, claim.Source, [claim.Source]));
        }

        if (corpus.Live(candidate.ContentHash) is { } article)
        {
            return Task.FromResult(Sight(candidate.ContentHash, article.Id, source, article.FirstSource, article.Sources));
        }

        claim = new ArticleClaim(candidate.ContentHash, candidate.Id, source, Near: null);
        claimedByHash[candidate.ContentHash] = claim;
        claimIndexById[candidate.Id] = entries.Count;
        entries.Add(claim);
        return Task.FromResult(DedupVerdict.Owner(candidate.Id));
    }

    /// <summary>Rows of live articles only, each with its cluster as it is now (a promotion changes a member's canonical).</summary>
    public async Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
    {
        var found = new List<NearDuplicateRow>();
        foreach (var row in await corpusNear.FindAsync(bandKeys, cancellationToken))
        {
            if (corpus.LiveById(row.Entry.ArticleId) is { } article)
            {
                found.Add(row with { Entry = row.Entry with { CanonicalId = article.Canonical, Similarity = article.Similarity } });
            }
        }

        foreach (var key in bandKeys)
        {
            if (rows.TryGetValue(key, out var entries))
            {
                found.AddRange(entries.Select(entry => new NearDuplicateRow(key, entry)));
            }
        }

        return found;
    }

    /// <summary>
    /// Only a claim of this batch registers: a committed claim went into the log with its entry, all its rows at once,
    /// so an owner's replay has nothing left to register.
    /// </summary>
    public Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken)
    {
        if (claimIndexById.TryGetValue(entry.ArticleId, out var index) && entries[index] is ArticleClaim { Near: null } claim)
        {
            entries[index] = claimedByHash[claim.ContentHash] = claim with { Near = entry };
            foreach (var key in bandKeys)
            {
                if (!rows.TryGetValue(key, out var keyed))
                {
                    rows[key] = keyed = [];
                }

                keyed.Add(entry);
            }
        }

        return Task.CompletedTask;
    }

    private static ArticleSource SourceOf(DedupCandidate candidate) =>
        new($"{candidate.Origin.Container}/{candidate.Origin.Blob}", candidate.Origin.Record, candidate.Version);

    /// <summary>
    /// A record of an article this batch or the corpus already has: its owner if it is the document's record (in any
    /// version), a duplicate otherwise. Unless the article knows this very source already, it is logged as a sighting.
    /// </summary>
    private DedupVerdict Sight(string hash, string id, ArticleSource source, ArticleSource document, IEnumerable<ArticleSource> known)
    {
        if (!known.Any(s => s.SameRecord(source) && s.Version == source.Version) && sighted.Add((hash, source.OwnerKey, source.Version)))
        {
            entries.Add(new SourceSighting(hash, source));
        }

        return source.SameRecord(document) ? DedupVerdict.Owner(id) : DedupVerdict.DuplicateOf(id, 1.0);
    }
}
