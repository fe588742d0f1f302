using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Local;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;
using static Pipeline.Core.Tests.Dedup.Texts;

namespace Pipeline.Core.Tests.Dedup;

/// <summary>Two hosts claiming two near copies of one story at the same moment: the cluster ends with one canonical.</summary>
public sealed class CanonicalRaceTests
{
    [Fact]
    public async Task Claim_NearCopiesRacingOnTwoHosts_ExactlyOneStaysCanonical()
    {
        var options = new NearDuplicateOptions();
        var shared = new LocalNearDuplicateStore();
        var exact = new LocalDedupIndex();
        // Both hosts read the store before either registers: each sees no match and registers as canonical.
        var bothRead = new Barrier(2);
        var hostA = new NearDuplicateIndex(exact, new FirstReadTogetherStore(shared, bothRead), new NearDuplicateSketcher(options));
        var hostB = new NearDuplicateIndex(exact, new FirstReadTogetherStore(shared, bothRead), new NearDuplicateSketcher(options));
        var original = Body(HarbourStory);
        var syndicated = Body(["By Staff Reporter | Coastal News Service", .. HarbourStory]);

        var verdicts = await Task.WhenAll(
            Task.Run(() => hostA.ClaimAsync(Candidate("a/harbour", original), CancellationToken.None)),
            Task.Run(() => hostB.ClaimAsync(Candidate("b/harbour", syndicated), CancellationToken.None)));

        var owner = Assert.Single(verdicts, v => !v.IsDuplicate);
        var copy = Assert.Single(verdicts, v => v.IsDuplicate);
        Assert.Equal(owner.CanonicalId, copy.CanonicalId);
    }

    private static DedupCandidate Candidate(string blob, string body)
    {
        var hash = ContentFingerprint.Compute(body);
        return new DedupCandidate(ContentFingerprint.ToArticleId(hash), hash, new RecordOrigin("raw", blob, "1", "text"), body);
    }

    /// <summary>Holds each claimant's first read until the other has read too: the race, made certain.</summary>
    private sealed class FirstReadTogetherStore(INearDuplicateStore inner, Barrier barrier) : INearDuplicateStore
    {
        private int reads;

        public async Task<IReadOnlyList<NearDuplicateRow>> FindAsync(IReadOnlyList<string> bandKeys, CancellationToken cancellationToken)
        {
            var rows = await inner.FindAsync(bandKeys, cancellationToken);
            if (Interlocked.Increment(ref reads) == 1)
            {
                barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            }

            return rows;
        }

        public Task RegisterAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken) =>
            inner.RegisterAsync(bandKeys, entry, cancellationToken);

        public Task ReplaceAsync(IReadOnlyList<string> bandKeys, NearDuplicateEntry entry, CancellationToken cancellationToken) =>
            inner.ReplaceAsync(bandKeys, entry, cancellationToken);
    }
}
