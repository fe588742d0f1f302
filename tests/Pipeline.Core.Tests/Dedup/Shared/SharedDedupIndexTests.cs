using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;
using static Pipeline.Core.Tests.Dedup.Shared.ClaimCandidates;
using static Pipeline.Core.Tests.Dedup.Texts;

namespace Pipeline.Core.Tests.Dedup.Shared;

/// <summary>Hosts sharing one corpus through a claim log: what each decides, and what it costs in log operations.</summary>
public sealed class SharedDedupIndexTests
{
    private static readonly NearDuplicateOptions Options = new();
    private static readonly string Syndicated = Body(["By Staff Reporter | Coastal News Service", .. HarbourStory]);

    [Fact]
    public async Task ClaimAll_ABatchHoldingAnArticleItsExactAndItsNearCopy_SettlesThemInOneAppend()
    {
        var log = new MemoryClaimLog();
        using var host = new SharedDedupIndex(log, Options);

        var verdicts = await host.ClaimAllAsync(
            [Candidate("dump", "line 1", Body(HarbourStory)), Candidate("dump", "line 2", Body(HarbourStory)), Candidate("dump", "line 3", Syndicated)],
            CancellationToken.None);

        var owner = IdOf(Body(HarbourStory));
        Assert.Equal(DedupVerdict.Owner(owner), verdicts[0]);
        Assert.Equal(DedupVerdict.DuplicateOf(owner, 1.0), verdicts[1]);
        Assert.True(verdicts[2].IsDuplicate);
        Assert.Equal(owner, verdicts[2].CanonicalId);
        Assert.Equal((1, 1), (log.Reads, log.Appends));
    }

    [Fact]
    public async Task ClaimAll_ACandidateWhoseIdIsNotItsContentHashPrefix_IsRefusedBeforeAnythingIsAppended()
    {
        var log = new MemoryClaimLog();
        using var host = new SharedDedupIndex(log, Options);
        var stray = Candidate("dump", "line 1", Body(HarbourStory)) with { Id = "story-1" };

        await Assert.ThrowsAsync<ArgumentException>(() => host.ClaimAllAsync([stray], CancellationToken.None));
        Assert.Equal(0, log.Appends);
    }

    [Fact]
    public async Task ClaimAll_AnotherHostsCopyOfAnArticleOneHostCommitted_IsADuplicate()
    {
        var log = new MemoryClaimLog();
        using var first = new SharedDedupIndex(log, Options);
        using var second = new SharedDedupIndex(log, Options);

        await first.ClaimAllAsync([Candidate("a.txt", "1", Body(HarbourStory))], CancellationToken.None);
        var copy = await second.ClaimAllAsync([Candidate("b.txt", "1", Syndicated)], CancellationToken.None);

        Assert.True(copy[0].IsDuplicate);
        Assert.Equal(IdOf(Body(HarbourStory)), copy[0].CanonicalId);
    }

    [Fact]
    public async Task ClaimAll_TwoHostsCommittingNearCopiesAtTheSameMoment_LeaveOneCanonical()
    {
        var log = new MemoryClaimLog();
        using var first = new SharedDedupIndex(log, Options);
        using var second = new SharedDedupIndex(log, Options);

        // Both hosts have read the log and decided before either appends: each thinks its copy is the first.
        using var bothDecided = new Barrier(2);
        var met = new System.Collections.Concurrent.ConcurrentQueue<bool>();
        var appendAttempts = 0;
        log.BeforeAppend = () =>
        {
            if (Interlocked.Increment(ref appendAttempts) <= 2)
            {
                met.Enqueue(bothDecided.SignalAndWait(TimeSpan.FromSeconds(10)));
            }

            return Task.CompletedTask;
        };

        var verdicts = await Task.WhenAll(
            Task.Run(() => first.ClaimAllAsync([Candidate("a.txt", "1", Body(HarbourStory))], CancellationToken.None)),
            Task.Run(() => second.ClaimAllAsync([Candidate("b.txt", "1", Syndicated)], CancellationToken.None)));

        Assert.Equal([true, true], met);
        var owner = Assert.Single(verdicts, v => !v[0].IsDuplicate)[0];
        var copy = Assert.Single(verdicts, v => v[0].IsDuplicate)[0];
        Assert.Equal(owner.CanonicalId, copy.CanonicalId);
        Assert.Equal(2, log.Count);
    }

    [Fact]
    public async Task ClaimAll_ReplayOfACommittedBatch_AnswersTheSameAndAppendsNothing()
    {
        var log = new MemoryClaimLog();
        using var host = new SharedDedupIndex(log, Options);
        IReadOnlyList<DedupCandidate> batch = [Candidate("dump", "line 1", Body(HarbourStory)), Candidate("dump", "line 2", Syndicated)];
        var first = await host.ClaimAllAsync(batch, CancellationToken.None);

        // The same host retrying the chunk, and a restarted host that rebuilds its copy from the log.
        var again = await host.ClaimAllAsync(batch, CancellationToken.None);
        using var restarted = new SharedDedupIndex(log, Options);
        var rebuilt = await restarted.ClaimAllAsync(batch, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(first, rebuilt);
        Assert.Equal(1, log.Count);
        Assert.Equal(1, restarted.AppliedThrough);
    }

    [Fact]
    public async Task ClaimAll_AnAppendThatSucceededButLookedTaken_LearnsItsOwnBatchAndAnswersAsCommitted()
    {
        var log = new LostResponseLog();
        using var host = new SharedDedupIndex(log, Options);

        var verdicts = await host.ClaimAllAsync([Candidate("a.txt", "1", Body(HarbourStory)), Candidate("b.txt", "1", Syndicated)], CancellationToken.None);

        Assert.False(verdicts[0].IsDuplicate);
        Assert.True(verdicts[1].IsDuplicate);
        Assert.Equal(1, log.Inner.Count);
    }

    [Fact]
    public async Task ClaimAll_AHostFarBehind_CatchesUpOnEveryBatchBeforeDeciding()
    {
        var log = new MemoryClaimLog();
        using (var busy = new SharedDedupIndex(log, Options))
        {
            for (var i = 0; i < 40; i++)
            {
                await busy.ClaimAllAsync([Candidate($"brief-{i}.txt", "1", $"Brief number {i} of the day: the council met and voted on item {i * 7}.")], CancellationToken.None);
            }
        }

        using var late = new SharedDedupIndex(log, Options);
        var copy = await late.ClaimAllAsync([Candidate("copy.txt", "1", "Brief number 39 of the day: the council met and voted on item 273.")], CancellationToken.None);

        Assert.True(copy[0].IsDuplicate);
        Assert.Equal(41, late.AppliedThrough); // the 40 briefs, then the copy's own sighting
    }

    internal static string Body(IEnumerable<string> paragraphs) => string.Join(ArticleNormalizer.ParagraphSeparator, paragraphs);



    /// <summary>Commits the first append but answers "taken", as a retried append whose first response was lost does.</summary>
    private sealed class LostResponseLog : IClaimLog
    {
        public MemoryClaimLog Inner { get; } = new();

        public Task<ClaimBatch?> ReadAsync(long sequence, CancellationToken cancellationToken) => Inner.ReadAsync(sequence, cancellationToken);

        public async Task<bool> TryAppendAsync(long sequence, ClaimBatch batch, CancellationToken cancellationToken) =>
            await Inner.TryAppendAsync(sequence, batch, cancellationToken) && Inner.Appends > 1;
    }
}
