using Pipeline.Core.Dedup.Local;
using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// The corpus-wide dedup index of a host that shares the corpus with others through a <see cref="IClaimLog"/> in storage.
/// The host keeps its own copy of the corpus (<see cref="CorpusCopy"/>: every article and the records that carry it,
/// signatures under their band keys spilled to a temporary file), built from the log when it first claims and brought
/// up to date before each batch. A batch (a chunk's records) is decided
/// against that copy in memory, with <see cref="NearDuplicateIndex"/>'s rules, and its new articles and new sources are
/// appended to the log as the next batch number. If another host took that number first, this host applies the other
/// batch and decides again, so every claim is decided against every change committed before it: exact and near
/// duplicates across the whole corpus, one canonical article per cluster, whatever runs at once. Withdrawals (an input
/// overwritten or deleted) go through the same log, so every host sees the corpus change in the same order.
/// A batch costs two requests when nobody else committed meanwhile (a read that finds no newer batch, and the append),
/// plus one read per batch other hosts committed; none of them grows with the corpus.
/// </summary>
/// <remarks>
/// Replays: the document's record claiming its article again owns it still, so a retried chunk decides the same
/// verdicts and appends nothing new. A lost append response is retried, finds its own batch in place, and learns it
/// from the log like any other.
/// </remarks>
public sealed class SharedDedupIndex : IDedupIndex, IDisposable
{
    /// <summary>Most batches read in parallel while catching up (a restarted host reading the whole log).</summary>
    private const int MaxReadAhead = 16;

    private readonly IClaimLog log;
    private readonly NearDuplicateOptions options;
    private readonly NearDuplicateSketcher sketcher;
    private readonly CorpusCopy copy;
    private readonly bool ownsCopy;
    private int disposed;

    /// <summary>An index with a copy of its own, built from the log when it first claims and dropped when it is disposed.</summary>
    public SharedDedupIndex(IClaimLog log, NearDuplicateOptions options)
        : this(log, options, new CorpusCopy(), ownsCopy: true)
    {
    }

    /// <summary>An index over a copy that outlives it (its owner disposes it): the index only catches up from where the copy is.</summary>
    public SharedDedupIndex(IClaimLog log, NearDuplicateOptions options, CorpusCopy copy)
        : this(log, options, copy, ownsCopy: false)
    {
    }

    private SharedDedupIndex(IClaimLog log, NearDuplicateOptions options, CorpusCopy copy, bool ownsCopy)
    {
        this.log = log;
        this.options = options;
        this.copy = copy;
        this.ownsCopy = ownsCopy;
        sketcher = new NearDuplicateSketcher(options);
    }

    /// <summary>The number of the last batch this host has applied (0 before the first).</summary>
    public long AppliedThrough => copy.AppliedThrough;

    public async Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken) =>
        (await ClaimAllAsync([candidate], cancellationToken))[0];

    public async Task<IReadOnlyList<DedupVerdict>> ClaimAllAsync(IReadOnlyList<DedupCandidate> candidates, CancellationToken cancellationToken)
    {
        // The corpus copy finds an article by its id through its content hash (CorpusArticle): the two must agree.
        if (candidates.FirstOrDefault(c => !ContentFingerprint.IsArticleIdOf(c.Id, c.ContentHash)) is { } stray)
        {
            throw new ArgumentException($"article id {stray.Id} is not the prefix of its content hash {stray.ContentHash}", nameof(candidates));
        }

        await EnterAsync(cancellationToken);
        try
        {
            while (true)
            {
                await CatchUpLockedAsync(cancellationToken);
                var pending = new PendingClaims(copy.Articles, copy.Near);
                var decide = new NearDuplicateIndex(pending, pending, sketcher);
                var verdicts = new DedupVerdict[candidates.Count];
                for (var i = 0; i < candidates.Count; i++)
                {
                    verdicts[i] = await decide.ClaimAsync(candidates[i], cancellationToken);
                }

                if (pending.Entries.Count == 0)
                {
                    return verdicts;
                }

                var batch = new ClaimBatch(pending.Entries);
                if (await log.TryAppendAsync(copy.AppliedThrough + 1, batch, cancellationToken))
                {
                    Apply(batch);
                    return verdicts;
                }

                // Another host committed that number first: its changes may change ours, so learn them and decide again.
            }
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>
    /// Withdraws every source of <paramref name="input"/> but those of version <paramref name="keepVersion"/> (all of them
    /// when null: the input is gone). Returns the withdrawal's batch number (0 when the input had nothing to withdraw)
    /// and what it changes; its document changes are carried out by whoever executes withdrawals in log order.
    /// </summary>
    public async Task<(long Sequence, WithdrawalSummary Summary)> WithdrawAsync(string input, string? keepVersion, CancellationToken cancellationToken)
    {
        await EnterAsync(cancellationToken);
        try
        {
            while (true)
            {
                await CatchUpLockedAsync(cancellationToken);
                var plan = copy.Articles.PlanWithdrawal(input, keepVersion);
                if (plan.IsEmpty)
                {
                    return (0, WithdrawalSummary.None);
                }

                var withdrawal = new InputWithdrawal(input, keepVersion, plan.Effects);
                var sequence = copy.AppliedThrough + 1;
                if (await log.TryAppendAsync(sequence, new ClaimBatch([withdrawal]), cancellationToken))
                {
                    copy.Articles.Apply(plan);
                    copy.Withdrawals[sequence] = withdrawal;
                    copy.Advance();
                    return (sequence, plan.Summary);
                }
            }
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>
    /// Whether, as far as this host has read the log, <paramref name="input"/> carries articles through another version
    /// than <paramref name="version"/>: a version just processed need not withdraw anything when it does not.
    /// </summary>
    public bool HasSourcesBesides(string input, string? version)
    {
        Enter();
        try
        {
            return copy.Articles.HasSourcesBesides(input, version);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>Brings this host's copy up to date with the log.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await EnterAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>Every withdrawal in the log after batch <paramref name="after"/>, in log order (as far as this host has read the log).</summary>
    public IReadOnlyList<(long Sequence, InputWithdrawal Withdrawal)> WithdrawalsAfter(long after)
    {
        Enter();
        try
        {
            return copy.Withdrawals.Where(w => w.Key > after).Select(w => (w.Key, w.Value)).ToList();
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>
    /// Where a record's document belongs as far as this host has read the log: the article and its canonical, and
    /// whether it is the search document (else a duplicate's); null when the record is no longer a source of anything.
    /// </summary>
    public (string ArticleId, string CanonicalId, bool IsSearchDocument)? PlaceOf(ArticleSource source)
    {
        Enter();
        try
        {
            return copy.Articles.Place(source) is { } place ? (place.Article.Id, place.Article.Canonical, place.IsSearchDocument) : null;
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>
    /// Decides nothing more: any later call throws <see cref="ObjectDisposedException"/> (a job host restarted in-process
    /// leaves its old index reachable). A copy of its own is dropped with it (see <see cref="CorpusCopy.Dispose"/>); a copy
    /// it was given stays with its owner.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        if (ownsCopy)
        {
            copy.Dispose();
        }
    }

    private async Task EnterAsync(CancellationToken cancellationToken)
    {
        await copy.EnterAsync(cancellationToken);
        ThrowIfDisposed();
    }

    private void Enter()
    {
        copy.Enter();
        ThrowIfDisposed();
    }

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref disposed) == 1)
        {
            copy.Leave();
            throw new ObjectDisposedException(nameof(SharedDedupIndex));
        }
    }

    private void Leave() => copy.Leave();

    /// <summary>Applies every batch committed since the last one applied: one read when up to date, more reads in parallel when behind.</summary>
    private async Task CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var window = 1;
        while (true)
        {
            var next = copy.AppliedThrough + 1;
            var batches = await Task.WhenAll(Enumerable.Range(0, window).Select(i => log.ReadAsync(next + i, cancellationToken)));
            var read = 0;
            while (read < batches.Length && batches[read] is { } batch)
            {
                Apply(batch);
                read++;
            }

            if (read == 0)
            {
                return;
            }

            window = read == window ? Math.Min(window * 2, MaxReadAhead) : 1;
        }
    }

    private void Apply(ClaimBatch batch)
    {
        var sequence = copy.AppliedThrough + 1;
        var corpus = copy.Articles;
        foreach (var entry in batch.Entries)
        {
            switch (entry)
            {
                case ArticleClaim claim:
                    corpus.Apply(claim);
                    if (claim.Near is { } nearEntry && nearEntry.Signature.Length == options.SignatureLength)
                    {
                        copy.Near.Register(LshBandKeys.Compute(nearEntry.Signature, options.Bands, options.RowsPerBand), nearEntry);
                    }

                    break;
                case SourceSighting sighting:
                    corpus.Apply(sighting);
                    break;
                case InputWithdrawal withdrawal:
                    corpus.Apply(corpus.PlanWithdrawal(withdrawal.Input, withdrawal.KeepVersion));
                    copy.Withdrawals[sequence] = withdrawal;
                    break;
            }
        }

        copy.Advance();
    }
}
