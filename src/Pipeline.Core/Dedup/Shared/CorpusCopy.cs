using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// A host's copy of the corpus as far as it has read the claim log: every article and the records that carry it, the
/// near-duplicate signatures, the withdrawals, the number of the last batch applied, and the gate that lets one
/// <see cref="SharedDedupIndex"/> call at a time use them. It can outlive the index: a job host restarted in-process
/// gets a new index over the same copy and only catches up from the log, where reading all of it again would, for a
/// while, hold a second copy of the corpus next to the old one not yet collected.
/// </summary>
public sealed class CorpusCopy : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long applied;
    private int disposed;

    /// <summary>The number of the last batch applied to this copy (0 before the first).</summary>
    public long AppliedThrough => Interlocked.Read(ref applied);

    internal CorpusArticles Articles { get; } = new();

    internal LocalNearDuplicateStore Near { get; } = new();

    internal SortedList<long, InputWithdrawal> Withdrawals { get; } = [];

    /// <summary>
    /// Drops the copy. A call using it right now keeps it until it leaves; any later call throws
    /// <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1 || !gate.Wait(0))
        {
            return;
        }

        Leave();
    }

    internal async Task EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        ThrowIfDisposed();
    }

    internal void Enter()
    {
        gate.Wait();
        ThrowIfDisposed();
    }

    /// <summary>Releases the gate; whoever holds it last after a dispose drops the copy first.</summary>
    internal void Leave()
    {
        if (Volatile.Read(ref disposed) == 1)
        {
            Articles.Clear();
            Withdrawals.Clear();
            Near.Dispose();
        }

        gate.Release();
    }

    /// <summary>Counts one more batch applied; only under the gate.</summary>
    internal long Advance() => Interlocked.Increment(ref applied);

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref disposed) == 1)
        {
            Leave();
            throw new ObjectDisposedException(nameof(CorpusCopy));
        }
    }
}
