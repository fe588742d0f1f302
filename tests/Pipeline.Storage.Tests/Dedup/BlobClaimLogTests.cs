using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Storage.Dedup;

namespace Pipeline.Storage.Tests.Dedup;

/// <summary>The claim log in blob storage: what the hosts' serial order of claims rests on.</summary>
public sealed class BlobClaimLogTests
{
    [Fact]
    public async Task TryAppend_TheSameNumberTwice_OnlyTheFirstGetsIt()
    {
        var log = new BlobClaimLog(await TestStorage.NewContainerAsync("claims"), TestStorage.Resilience);

        var first = await log.TryAppendAsync(1, Batch("first"), CancellationToken.None);
        var second = await log.TryAppendAsync(1, Batch("second"), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("first", Assert.IsType<ArticleClaim>(Assert.Single((await log.ReadAsync(1, CancellationToken.None))!.Entries)).Id);
    }

    [Fact]
    public async Task TryAppend_FromManyWritersAtOnce_EachNumberGoesToExactlyOne()
    {
        var log = new BlobClaimLog(await TestStorage.NewContainerAsync("claims"), TestStorage.Resilience);

        var won = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => log.TryAppendAsync(1, Batch($"writer-{writer}"), CancellationToken.None)));

        Assert.Single(won, w => w);
    }

    [Fact]
    public async Task Read_ANumberNotYetAppended_IsNull_AndAnAppendedBatchComesBackWhole()
    {
        var log = new BlobClaimLog(await TestStorage.NewContainerAsync("claims"), TestStorage.Resilience);
        var signature = new MinHashSignature(Enumerable.Range(0, 100).Select(i => (uint)(i * 7919)).ToArray());
        var batch = new ClaimBatch([new ArticleClaim(new string('a', 64), "a1", new ArticleSource("raw/x.jsonl", "line 1", "0x8D1"), new NearDuplicateEntry("a1", "a0", 0.71, signature))]);

        Assert.Null(await log.ReadAsync(1, CancellationToken.None));
        await log.TryAppendAsync(1, batch, CancellationToken.None);
        var read = Assert.IsType<ArticleClaim>((await log.ReadAsync(1, CancellationToken.None))!.Entries.Single());

        Assert.Equal(("a1", "raw/x.jsonl#line 1", "a0", 0.71), (read.Id, read.Source.OwnerKey, read.Near!.CanonicalId, read.Near.Similarity));
        Assert.Equal(signature.Values, read.Near.Signature.Values);
        Assert.Equal("0x8D1", read.Source.Version);
    }

    private static ClaimBatch Batch(string id) => new([new ArticleClaim(new string('f', 64), id, new ArticleSource($"raw/{id}", "1", null), Near: null)]);
}
