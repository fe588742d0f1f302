using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;
using static Pipeline.Core.Tests.Dedup.Texts;

namespace Pipeline.Core.Tests.Dedup.Shared;

/// <summary>Inputs overwritten and deleted: what leaves the corpus, what takes its place, and the document changes that follow.</summary>
public sealed class SharedDedupIndexWithdrawalTests
{
    private static readonly NearDuplicateOptions Options = new();
    private static readonly string Harbour = SharedDedupIndexTests.Body(HarbourStory);
    private static readonly string Syndicated = SharedDedupIndexTests.Body(["By Staff Reporter | Coastal News Service", .. HarbourStory]);
    private static readonly string FollowUp = SharedDedupIndexTests.Body(HarbourFollowUp);

    private readonly MemoryClaimLog log = new();

    [Fact]
    public async Task Withdraw_TheOwnerOfAnArticleCopiedElsewhere_ThePromotedCopyKeepsTheId()
    {
        using var host = new SharedDedupIndex(log, Options);
        await host.ClaimAllAsync([Candidate("x.txt", Harbour)], CancellationToken.None);
        await host.ClaimAllAsync([Candidate("y.txt", Harbour)], CancellationToken.None);

        var (_, summary) = await host.WithdrawAsync("raw/x.txt", null, CancellationToken.None);

        var id = IdOf(Harbour);
        var promotion = Assert.IsType<DocumentPromotion>(Assert.Single(LastWithdrawal(host).Effects));
        Assert.Equal((id, id, "raw/y.txt"), (promotion.ArticleId, promotion.FromCanonicalId, promotion.Source.Input));
        Assert.Equal("raw/x.txt", Assert.Single(promotion.Withdrawn).Input);
        Assert.Equal([id], summary.Promoted);
        Assert.Empty(summary.Withdrawn);
        Assert.Equal((id, id, true), host.PlaceOf(new ArticleSource("raw/y.txt", "1", null)));
        Assert.Equal(DedupVerdict.DuplicateOf(id, 1.0), await host.ClaimAsync(Candidate("z.txt", Harbour), CancellationToken.None));
    }

    [Fact]
    public async Task Withdraw_AnArticlesOnlySource_ReleasesItAndANewCopyOwnsItAgain()
    {
        using var host = new SharedDedupIndex(log, Options);
        await host.ClaimAllAsync([Candidate("x.txt", Harbour)], CancellationToken.None);

        var (_, summary) = await host.WithdrawAsync("raw/x.txt", null, CancellationToken.None);
        var again = await host.ClaimAsync(Candidate("later.txt", Harbour), CancellationToken.None);

        var removal = Assert.IsType<DocumentRemoval>(Assert.Single(LastWithdrawal(host).Effects));
        Assert.Equal(IdOf(Harbour), removal.ArticleId);
        Assert.Equal([IdOf(Harbour)], summary.Withdrawn);
        Assert.Null(host.PlaceOf(new ArticleSource("raw/x.txt", "1", null)));
        Assert.Equal(DedupVerdict.Owner(IdOf(Harbour)), again);
    }

    [Fact]
    public async Task Withdraw_ACanonicalWithANearCopy_TheCopyBecomesCanonicalAndLaterCopiesPointAtIt()
    {
        using var host = new SharedDedupIndex(log, Options);
        await host.ClaimAllAsync([Candidate("a.txt", Harbour)], CancellationToken.None);
        var copy = await host.ClaimAsync(Candidate("b.txt", Syndicated), CancellationToken.None);

        var (_, summary) = await host.WithdrawAsync("raw/a.txt", null, CancellationToken.None);
        var later = await host.ClaimAsync(Candidate("c.txt", Harbour), CancellationToken.None);

        Assert.Equal(IdOf(Harbour), copy.CanonicalId);
        var effects = LastWithdrawal(host).Effects;
        var removal = Assert.Single(effects.OfType<DocumentRemoval>());
        Assert.Equal((IdOf(Harbour), new ArticleSource("raw/a.txt", "1", null)), (removal.ArticleId, Assert.Single(removal.Withdrawn)));
        var promotion = Assert.Single(effects.OfType<DocumentPromotion>());
        Assert.Equal((IdOf(Syndicated), IdOf(Harbour)), (promotion.ArticleId, promotion.FromCanonicalId));
        Assert.Equal([IdOf(Syndicated)], summary.Promoted);
        Assert.Equal([IdOf(Harbour)], summary.Withdrawn);
        Assert.False(later.IsDuplicate && later.CanonicalId == IdOf(Harbour));
        Assert.Equal(IdOf(Syndicated), later.CanonicalId);
        Assert.True(later.IsDuplicate);
    }

    [Fact]
    public async Task Withdraw_AnOlderVersion_TakesOnlyWhatTheNewVersionNoLongerHas()
    {
        using var host = new SharedDedupIndex(log, Options);
        await host.ClaimAllAsync([Candidate("dump.jsonl", Harbour, "line 1", "v1"), Candidate("dump.jsonl", FollowUp, "line 2", "v1")], CancellationToken.None);

        // Version 2 keeps line 1 as it was and replaces line 2's article with another.
        var v2 = await host.ClaimAllAsync([Candidate("dump.jsonl", Harbour, "line 1", "v2"), Candidate("dump.jsonl", BriefMonday, "line 2", "v2")], CancellationToken.None);
        var (_, summary) = await host.WithdrawAsync("raw/dump.jsonl", "v2", CancellationToken.None);

        Assert.All(v2, v => Assert.False(v.IsDuplicate));
        Assert.Equal([IdOf(FollowUp)], summary.Withdrawn);
        Assert.Equal(["v1"], summary.Versions);
        var removal = Assert.IsType<DocumentRemoval>(Assert.Single(LastWithdrawal(host).Effects));
        Assert.Equal((IdOf(FollowUp), new ArticleSource("raw/dump.jsonl", "line 2", "v1")), (removal.ArticleId, Assert.Single(removal.Withdrawn)));
        Assert.Equal((IdOf(Harbour), IdOf(Harbour), true), host.PlaceOf(new ArticleSource("raw/dump.jsonl", "line 1", "v2")));
    }

    [Fact]
    public async Task Withdraw_TwiceOrForAnInputWithNothingLeft_AppendsNothing()
    {
        using var host = new SharedDedupIndex(log, Options);
        await host.ClaimAllAsync([Candidate("x.txt", Harbour)], CancellationToken.None);

        var first = await host.WithdrawAsync("raw/x.txt", null, CancellationToken.None);
        var again = await host.WithdrawAsync("raw/x.txt", null, CancellationToken.None);
        var never = await host.WithdrawAsync("raw/never-dropped.txt", null, CancellationToken.None);

        Assert.True(first.Sequence > 0);
        Assert.Equal(0, again.Sequence);
        Assert.Equal(0, never.Sequence);
        Assert.Equal(2, log.Count);
    }

    [Fact]
    public async Task Withdraw_OnOneHost_AnotherHostDecidesAgainstTheCorpusWithoutIt()
    {
        using var first = new SharedDedupIndex(log, Options);
        using var second = new SharedDedupIndex(log, Options);
        await first.ClaimAllAsync([Candidate("x.txt", Harbour)], CancellationToken.None);
        Assert.True((await second.ClaimAsync(Candidate("y.txt", Harbour), CancellationToken.None)).IsDuplicate);

        await first.WithdrawAsync("raw/x.txt", null, CancellationToken.None);
        await second.CatchUpAsync(CancellationToken.None);

        Assert.Equal((IdOf(Harbour), IdOf(Harbour), true), second.PlaceOf(new ArticleSource("raw/y.txt", "1", null)));
        Assert.Equal(DedupVerdict.Owner(IdOf(Harbour)), await second.ClaimAsync(Candidate("y.txt", Harbour), CancellationToken.None));
        Assert.Equal([(3L, "raw/x.txt")], second.WithdrawalsAfter(0).Select(w => (w.Sequence, w.Withdrawal.Input)));
    }

    private static InputWithdrawal LastWithdrawal(SharedDedupIndex host) => host.WithdrawalsAfter(0)[^1].Withdrawal;

    private static string IdOf(string body) => ContentFingerprint.ToArticleId(ContentFingerprint.Compute(body));

    private static DedupCandidate Candidate(string blob, string body, string record = "1", string? version = null)
    {
        var hash = ContentFingerprint.Compute(body);
        return new DedupCandidate(ContentFingerprint.ToArticleId(hash), hash, new RecordOrigin("raw", blob, record, "text"), body) { Version = version };
    }
}
