using System.Runtime.CompilerServices;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;
using static Pipeline.Core.Tests.Dedup.Shared.ClaimCandidates;
using static Pipeline.Core.Tests.Dedup.Texts;

namespace Pipeline.Core.Tests.Dedup.Shared;

/// <summary>
/// A disposed index (its job host restarted in-process) gives its corpus copy back, even while something of the old
/// host still references it, and decides nothing more.
/// </summary>
public sealed class SharedDedupIndexDisposalTests
{
    private static readonly NearDuplicateOptions Options = new();

    [Fact]
    public async Task Dispose_StillReferencedIndex_NoLongerHoldsItsArticles()
    {
        var index = new SharedDedupIndex(new MemoryClaimLog(), Options);
        var claimed = await ClaimOneAsync(index);

        index.Dispose();
        Collect();

        Assert.False(claimed.IsAlive);
        GC.KeepAlive(index);
    }

    [Fact]
    public async Task Dispose_ThenClaim_ThrowsInsteadOfDecidingAgainstNothing()
    {
        var log = new MemoryClaimLog();
        var index = new SharedDedupIndex(log, Options);
        await index.ClaimAllAsync([Candidate("a.txt", "1", Body(HarbourStory))], CancellationToken.None);

        index.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => index.ClaimAllAsync([Candidate("b.txt", "1", Body(HarbourStory))], CancellationToken.None));
        Assert.Throws<ObjectDisposedException>(() => index.HasSourcesBesides("a.txt", null));
        Assert.Equal(1, log.Appends);
    }

    [Fact]
    public async Task Dispose_WhileAClaimIsAppending_TheClaimEndsWithItsVerdict()
    {
        var log = new MemoryClaimLog();
        var index = new SharedDedupIndex(log, Options);
        log.BeforeAppend = () =>
        {
            index.Dispose();
            return Task.CompletedTask;
        };

        var verdicts = await index.ClaimAllAsync(
            [Candidate("a.txt", "1", Body(HarbourStory)), Candidate("a.txt", "2", Body(HarbourStory))], CancellationToken.None);

        Assert.Equal(DedupVerdict.Owner(IdOf(Body(HarbourStory))), verdicts[0]);
        Assert.True(verdicts[1].IsDuplicate);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => index.CatchUpAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Dispose_IndexOverAGivenCopy_LeavesTheCopyToTheNextIndex()
    {
        var log = new MemoryClaimLog();
        using var copy = new CorpusCopy();
        var before = new SharedDedupIndex(log, Options, copy);
        await before.ClaimAllAsync([Candidate("a.txt", "1", Body(HarbourStory))], CancellationToken.None);

        before.Dispose();
        using var after = new SharedDedupIndex(log, Options, copy);
        var verdict = await after.ClaimAsync(Candidate("b.txt", "1", Body(HarbourStory)), CancellationToken.None);

        Assert.True(verdict.IsDuplicate);
        Assert.Equal(IdOf(Body(HarbourStory)), verdict.CanonicalId);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => before.CatchUpAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NewIndexOverAGivenCopy_CatchesUpWithoutReadingTheWholeLogAgain()
    {
        var log = new MemoryClaimLog();
        using var copy = new CorpusCopy();
        using (var before = new SharedDedupIndex(log, Options, copy))
        {
            var record = 0;
            foreach (var story in new[] { HarbourStory, HarbourFollowUp, ChineseStory })
            {
                await before.ClaimAllAsync([Candidate("a.txt", $"{++record}", Body(story))], CancellationToken.None);
            }
        }

        var readsBefore = log.Reads;
        using var after = new SharedDedupIndex(log, Options, copy);
        await after.CatchUpAsync(CancellationToken.None);

        Assert.Equal(3, after.AppliedThrough);
        Assert.Equal(1, log.Reads - readsBefore);
    }

    /// <summary>Claims a new article and returns a weak reference to its content hash, which only the index keeps.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> ClaimOneAsync(SharedDedupIndex index)
    {
        var candidate = Candidate("a.txt", "1", Body(HarbourStory));
        await index.ClaimAllAsync([candidate], CancellationToken.None);
        return new WeakReference(candidate.ContentHash);
    }

    private static void Collect()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

}
