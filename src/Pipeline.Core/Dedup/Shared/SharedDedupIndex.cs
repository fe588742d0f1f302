using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// The corpus-wide dedup index of a host that shares the corpus with others through a <see cref="IClaimLog"/> in storage.
/// The host keeps its own copy of every claim (memory and a temporary file, <see cref="LocalDedupIndex"/> and
/// <see cref="LocalNearDuplicateStore"/>), built from the log when it first claims and brought up to date before each
/// batch. A batch (a chunk's records) is decided against that copy in memory, with <see cref="NearDuplicateIndex"/>'s
/// rules, and its new articles are appended to the log as the next batch number. If another host took that number
/// first, this host applies the other batch and decides again, so every claim is decided against every claim committed
/// before it: exact and near duplicates across the whole corpus, and one canonical article per cluster, whatever runs
/// at once. A batch costs two requests when nobody else committed meanwhile (a read that finds no newer batch, and the
/// append), plus one read per batch other hosts committed; none of them grows with the corpus.
/// </summary>
/// <remarks>
/// Replays: a committed claim remembers its owner record, so a retried chunk decides the same verdicts and appends nothing.
/// A lost append response is retried, finds its own batch in place, and learns it from the log like any other.
/// </remarks>
public sealed class SharedDedupIndex(IClaimLog log, NearDuplicateOptions options) : IDedupIndex, IDisposable
{
    /// <summary>Most batches read in parallel while catching up (a restarted host reading the whole log).</summary>
    private const int MaxReadAhead = 16;

    private readonly NearDuplicateSketcher sketcher = new(options);
    private readonly LocalDedupIndex exact = new();
    private readonly LocalNearDuplicateStore near = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private long applied;

    /// <summary>The number of the last batch this host has applied (0 before the first).</summary>
    public long AppliedThrough => Interlocked.Read(ref applied);

    public async Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken) =>
        (await ClaimAllAsync([candidate], cancellationToken))[0];

    public async Task<IReadOnlyList<DedupVerdict>> ClaimAllAsync(IReadOnlyList<DedupCandidate> candidates, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                await CatchUpAsync(cancellationToken);
                var pending = new PendingClaims(exact, near);
                var decide = new NearDuplicateIndex(pending, pending, sketcher);
                var verdicts = new DedupVerdict[candidates.Count];
                for (var i = 0; i < candidates.Count; i++)
                {
                    verdicts[i] = await decide.ClaimAsync(candidates[i], cancellationToken);
                }

                if (pending.Claims.Count == 0)
                {
                    return verdicts;
                }

                var batch = new ClaimBatch(pending.Claims);
                if (await log.TryAppendAsync(applied + 1, batch, cancellationToken))
                {
                    Apply(batch);
                    return verdicts;
                }

                // Another host committed that number first: its claims may change ours, so learn them and decide again.
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        exact.Dispose();
        near.Dispose();
        gate.Dispose();
    }

    /// <summary>Applies every batch committed since the last one applied: one read when up to date, more reads in parallel when behind.</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var window = 1;
        while (true)
        {
            var next = applied + 1;
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
        foreach (var claim in batch.Claims)
        {
            exact.Claim(claim.ContentHash, claim.Id, claim.OwnerKey);
            if (claim.Near is { } entry && entry.Signature.Length == options.SignatureLength)
            {
                near.Register(LshBandKeys.Compute(entry.Signature, options.Bands, options.RowsPerBand), entry);
            }
        }

        Interlocked.Increment(ref applied);
    }
}
