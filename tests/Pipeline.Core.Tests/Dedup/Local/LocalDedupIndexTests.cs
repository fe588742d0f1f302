using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Local;
using Pipeline.Core.Output;

namespace Pipeline.Core.Tests.Dedup.Local;

public sealed class LocalDedupIndexTests
{
    [Fact]
    public async Task Claim_AcrossTensOfThousandsOfArticles_EveryCopyPointsAtItsFirstClaimant()
    {
        using var index = new LocalDedupIndex();
        for (var i = 0; i < 20_000; i++)
        {
            var first = await index.ClaimAsync(Candidate(i, "dump-a"), CancellationToken.None);
            Assert.False(first.IsDuplicate);
        }

        foreach (var i in new[] { 0, 9_999, 19_999 })
        {
            var copy = await index.ClaimAsync(Candidate(i, "dump-b"), CancellationToken.None);
            Assert.Equal(DedupVerdict.DuplicateOf(Candidate(i, "dump-a").Id, 1.0), copy);
        }
    }

    [Fact]
    public async Task Claim_ReplayOfTheSameRecord_OwnsAgain()
    {
        using var index = new LocalDedupIndex();
        await index.ClaimAsync(Candidate(1, "dump-a"), CancellationToken.None);

        var replay = await index.ClaimAsync(Candidate(1, "dump-a"), CancellationToken.None);

        Assert.Equal(DedupVerdict.Owner(Candidate(1, "dump-a").Id), replay);
    }

    [Fact]
    public async Task Claim_IdsThatAreNotTheHashPrefix_AreAnsweredAsGiven()
    {
        using var index = new LocalDedupIndex();
        var origin = new RecordOrigin("raw", "a.jsonl", "1", "json");
        await index.ClaimAsync(new DedupCandidate("story-1", "not-a-hash", origin, "body"), CancellationToken.None);

        var copy = await index.ClaimAsync(new DedupCandidate("story-2", "not-a-hash", origin with { Record = "2" }, "body"), CancellationToken.None);

        Assert.Equal(DedupVerdict.DuplicateOf("story-1", 1.0), copy);
    }

    /// <summary>Article i as ContentFingerprint makes it: a SHA-256 hex content hash and its first 32 digits as id.</summary>
    private static DedupCandidate Candidate(int i, string dump)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"article {i}")));
        return new DedupCandidate(hash[..32], hash, new RecordOrigin("raw", dump, i.ToString(System.Globalization.CultureInfo.InvariantCulture), "json"), $"article {i}");
    }
}
