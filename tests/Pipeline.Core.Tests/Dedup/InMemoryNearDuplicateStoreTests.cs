using Pipeline.Core.Dedup;

namespace Pipeline.Core.Tests.Dedup;

public sealed class InMemoryNearDuplicateStoreTests
{
    private static readonly MinHashSignature Signature = new([1, 2, 3, 4]);

    [Fact]
    public async Task Register_KeepsTheFirstRowOfAnArticleUnderAKey()
    {
        var store = new InMemoryNearDuplicateStore();
        await store.RegisterAsync(["k1"], new NearDuplicateEntry("a", "a", 1.0, Signature), CancellationToken.None);
        await store.RegisterAsync(["k1"], new NearDuplicateEntry("a", "other", 0.8, Signature), CancellationToken.None);

        var found = await store.FindAsync(["k1"], CancellationToken.None);

        Assert.Equal("a", Assert.Single(found).Entry.CanonicalId);
    }

    [Fact]
    public async Task Find_ReturnsEachRowOfTheKeys_ByKeyThenArticleId()
    {
        var store = new InMemoryNearDuplicateStore();
        await store.RegisterAsync(["k1", "k2"], new NearDuplicateEntry("b", "b", 1.0, Signature), CancellationToken.None);
        await store.RegisterAsync(["k2", "k3"], new NearDuplicateEntry("a", "a", 1.0, Signature), CancellationToken.None);

        var found = await store.FindAsync(["k1", "k2", "k3", "unknown"], CancellationToken.None);

        Assert.Equal(["k1/b", "k2/a", "k2/b", "k3/a"], found.Select(r => $"{r.BandKey}/{r.Entry.ArticleId}"));
    }

    [Fact]
    public async Task Rows_CarryCommitOrder_AndReplaceRewritesOnlyThatArticle()
    {
        var store = new InMemoryNearDuplicateStore();
        await store.RegisterAsync(["k1"], new NearDuplicateEntry("a", "a", 1.0, Signature), CancellationToken.None);
        await store.RegisterAsync(["k1"], new NearDuplicateEntry("b", "b", 1.0, Signature), CancellationToken.None);
        await store.ReplaceAsync(["k1"], new NearDuplicateEntry("b", "a", 0.8, Signature), CancellationToken.None);

        var found = await store.FindAsync(["k1"], CancellationToken.None);

        Assert.Equal(["a", "a"], found.Select(r => r.Entry.CanonicalId));
        Assert.True(found[0].Order < found[1].Order);
    }
}
