using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Tests.Dedup.Local;

public sealed class LocalNearDuplicateStoreTests
{
    private static readonly MinHashSignature Signature = new([1, 2, 3, 4]);

    [Fact]
    public async Task Register_KeepsTheFirstRowOfAnArticleUnderAKey()
    {
        var store = new LocalNearDuplicateStore();
        await store.RegisterAsync(["k1"], new NearDuplicateEntry("a", "a", 1.0, Signature), CancellationToken.None);
        await store.RegisterAsync(["k1"], new NearDuplicateEntry("a", "other", 0.8, Signature), CancellationToken.None);

        var found = await store.FindAsync(["k1"], CancellationToken.None);

        Assert.Equal("a", Assert.Single(found).Entry.CanonicalId);
    }

    [Fact]
    public async Task Find_ReturnsEachRowOfTheKeys_ByKeyThenArticleId()
    {
        var store = new LocalNearDuplicateStore();
        await store.RegisterAsync(["k1", "k2"], new NearDuplicateEntry("b", "b", 1.0, Signature), CancellationToken.None);
        await store.RegisterAsync(["k2", "k3"], new NearDuplicateEntry("a", "a", 1.0, Signature), CancellationToken.None);

        var found = await store.FindAsync(["k1", "k2", "k3", "unknown"], CancellationToken.None);

        Assert.Equal(["k1/b", "k2/a", "k2/b", "k3/a"], found.Select(r => $"{r.BandKey}/{r.Entry.ArticleId}"));
    }

    [Fact]
    public async Task Register_AgainForTheSameArticle_KeepsTheFirstEntry()
    {
        var store = new LocalNearDuplicateStore();
        await store.RegisterAsync(["k1"], new NearDuplicateEntry("b", "b", 1.0, Signature), CancellationToken.None);
        await store.RegisterAsync(["k1", "k2"], new NearDuplicateEntry("b", "a", 0.8, Signature), CancellationToken.None);

        var found = await store.FindAsync(["k1", "k2"], CancellationToken.None);

        Assert.Equal(["k1/b", "k2/a"], found.Select(r => $"{r.BandKey}/{r.Entry.CanonicalId}"));
    }

    [Fact]
    public async Task Find_AfterTheStoreHasGrownByThousandsOfArticles_ReturnsEveryRowOfAKey()
    {
        var store = new LocalNearDuplicateStore();
        for (var i = 0; i < 5000; i++)
        {
            var id = $"a{i:0000}";
            await store.RegisterAsync([$"own-{i}", i % 1000 == 0 ? "shared" : $"other-{i}"], new NearDuplicateEntry(id, id, 1.0, Signature), CancellationToken.None);
        }

        var shared = await store.FindAsync(["shared"], CancellationToken.None);
        var own = await store.FindAsync(["own-4321"], CancellationToken.None);

        Assert.Equal(["a0000", "a1000", "a2000", "a3000", "a4000"], shared.Select(r => r.Entry.ArticleId));
        Assert.Equal("a4321", Assert.Single(own).Entry.ArticleId);
    }
}
