using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Local;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;
using static Pipeline.Core.Tests.Dedup.Texts;

namespace Pipeline.Core.Tests.Dedup;

public sealed class NearDuplicateIndexTests
{
    private readonly NearDuplicateIndex index = NearDuplicateIndex.Local(new NearDuplicateOptions());

    [Fact]
    public async Task Claim_MergesSyndicatedCopyWithOtherBoilerplate()
    {
        var original = await Claim("site-a/harbour", Body(HarbourStory));
        var syndicated = await Claim("site-b/harbour", Body(
        [
            "By Staff Reporter | Coastal News Service",
            .. HarbourStory,
            "Copyright 2026 Coastal News Service. All rights reserved. This material may not be published without permission.",
        ]));

        Assert.False(original.IsDuplicate);
        Assert.True(syndicated.IsDuplicate);
        Assert.Equal(IdOf(Body(HarbourStory)), syndicated.CanonicalId);
        Assert.InRange(syndicated.Similarity, new NearDuplicateOptions().Threshold, 1.0);
    }

    [Fact]
    public async Task Claim_MergesCopyWithAFewEditedSentences_ReportsSimilarity()
    {
        var edited = HarbourStory.ToArray();
        edited[3] = "Marta Kessling, the chair of the authority, said there had been no safe alternative for the board to choose.";
        edited[6] = edited[6].Replace("forty million euros", "forty-two million euros", StringComparison.Ordinal);

        await Claim("site-a/harbour", Body(HarbourStory));
        var verdict = await Claim("site-b/harbour-updated", Body(edited));

        Assert.True(verdict.IsDuplicate);
        Assert.Equal(IdOf(Body(HarbourStory)), verdict.CanonicalId);
        Assert.InRange(verdict.Similarity, new NearDuplicateOptions().Threshold, 0.99);
    }

    [Fact]
    public async Task Claim_KeepsStoryAndFollowUpSharingParagraphsApart()
    {
        var story = await Claim("site-a/harbour", Body(HarbourStory));
        var followUp = await Claim("site-a/harbour-strike", Body(HarbourFollowUp));

        Assert.False(story.IsDuplicate);
        Assert.False(followUp.IsDuplicate);
    }

    [Fact]
    public async Task Claim_DoesNotMergeTwoDifferentShortBriefs()
    {
        var monday = await Claim("wire/brief-1", BriefMonday);
        var tuesday = await Claim("wire/brief-2", BriefTuesday);

        Assert.False(monday.IsDuplicate);
        Assert.False(tuesday.IsDuplicate);
    }

    [Fact]
    public async Task Claim_WithoutAMinimumShingleCount_WouldMergeTheBriefs()
    {
        // Why MinShingles exists: one changed word leaves most of a brief's few shingles shared.
        var unguarded = NearDuplicateIndex.Local(new NearDuplicateOptions { MinShingles = 1 });
        await unguarded.ClaimAsync(Candidate("wire/brief-1", BriefMonday), CancellationToken.None);
        var tuesday = await unguarded.ClaimAsync(Candidate("wire/brief-2", BriefTuesday), CancellationToken.None);

        Assert.True(tuesday.IsDuplicate);
    }

    [Fact]
    public async Task Claim_StillMergesExactCopiesOfShortBriefs()
    {
        await Claim("wire/brief-1", BriefMonday);
        var copy = await Claim("other/brief-1", BriefMonday + " ");

        Assert.True(copy.IsDuplicate);
        Assert.Equal(1.0, copy.Similarity);
    }

    [Fact]
    public async Task Claim_FindsChineseNearDuplicates()
    {
        var edited = ChineseStory.ToArray();
        edited[3] = "部分市民对这一消息表示欢迎。一位在医院上夜班的护士说，她以前下班后只能打车回家，新的安排能帮她省下不少钱。";

        var original = await Claim("cn-a/bus", Body(ChineseStory));
        var copy = await Claim("cn-b/bus", Body(["来源：本报记者", .. edited]));
        var other = await Claim("cn-a/library", Body(ChineseOtherStory));

        Assert.False(original.IsDuplicate);
        Assert.True(copy.IsDuplicate);
        Assert.Equal(IdOf(Body(ChineseStory)), copy.CanonicalId);
        Assert.False(other.IsDuplicate);
    }

    [Fact]
    public async Task Claim_ReplayOfTheSameRecordGetsTheSameAnswer()
    {
        var ownerFirst = await Claim("site-a/harbour", Body(HarbourStory));
        var copyFirst = await Claim("site-b/harbour", Body(["Reprinted with permission.", .. HarbourStory]));
        var ownerAgain = await Claim("site-a/harbour", Body(HarbourStory));
        var copyAgain = await Claim("site-b/harbour", Body(["Reprinted with permission.", .. HarbourStory]));

        Assert.Equal(ownerFirst, ownerAgain);
        Assert.False(ownerAgain.IsDuplicate);
        Assert.Equal(copyFirst, copyAgain);
        Assert.True(copyAgain.IsDuplicate);
    }

    [Fact]
    public async Task Claim_ReplayAfterAnInterruptedRegistration_AnswersAsBeforeAndRegistersEveryBand()
    {
        var options = new NearDuplicateOptions();
        var sketcher = new NearDuplicateSketcher(options);
        var store = new LocalNearDuplicateStore();
        var exact = new LocalDedupIndex();
        var replayed = new NearDuplicateIndex(exact, store, sketcher);
        var candidate = Candidate("site-b/harbour", Body(["Reprinted with permission.", .. HarbourStory]));
        var sketch = sketcher.Sketch(candidate.Body)!;
        // The first attempt claimed the hash and registered 3 of its bands as a duplicate of "canonical", then died.
        await exact.ClaimAsync(candidate, CancellationToken.None);
        await store.RegisterAsync(sketch.BandKeys.Take(3).ToList(), new NearDuplicateEntry(candidate.Id, "canonical", 0.9, sketch.Signature), CancellationToken.None);

        var verdict = await replayed.ClaimAsync(candidate, CancellationToken.None);

        Assert.Equal(DedupVerdict.DuplicateOf("canonical", 0.9), verdict);
        foreach (var key in sketch.BandKeys)
        {
            Assert.Contains(await store.FindAsync([key], CancellationToken.None), r => r.Entry.ArticleId == candidate.Id);
        }
    }

    [Fact]
    public async Task Claim_ConcurrentRecordsOfOneArticle_ExactlyOneOwns()
    {
        var body = Body(HarbourStory);

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => Claim($"feed-{i}/harbour", body))));

        Assert.Single(verdicts, v => !v.IsDuplicate);
        Assert.All(verdicts, v => Assert.Equal(IdOf(body), v.CanonicalId));
    }

    [Fact]
    public async Task Claim_ExactCopyOfANearDuplicatePointsAtTheCanonicalArticle()
    {
        var copyBody = Body(["Reprinted with permission.", .. HarbourStory]);
        await Claim("site-a/harbour", Body(HarbourStory));
        var nearCopy = await Claim("site-b/harbour", copyBody);
        var exactCopyOfCopy = await Claim("site-c/harbour", copyBody);

        Assert.True(exactCopyOfCopy.IsDuplicate);
        Assert.Equal(IdOf(Body(HarbourStory)), exactCopyOfCopy.CanonicalId);
        Assert.Equal(nearCopy.Similarity, exactCopyOfCopy.Similarity);
    }

    [Fact]
    public async Task Claim_FirstArticleToClaimAClusterStaysCanonical()
    {
        var first = Body(["Reprinted with permission.", .. HarbourStory]);
        await Claim("site-b/harbour", first);
        var later = await Claim("site-a/harbour", Body(HarbourStory));
        var third = await Claim("site-c/harbour", Body([.. HarbourStory, "Share this article."]));

        Assert.Equal(IdOf(first), later.CanonicalId);
        Assert.Equal(IdOf(first), third.CanonicalId);
    }

    [Fact]
    public async Task Claim_WithNearDuplicatesOff_MatchesExactCopiesOnly()
    {
        var exactOnly = NearDuplicateIndex.Local(new NearDuplicateOptions { NearDuplicates = false });
        await exactOnly.ClaimAsync(Candidate("site-a/harbour", Body(HarbourStory)), CancellationToken.None);
        var copy = await exactOnly.ClaimAsync(Candidate("site-b/harbour", Body(["Reprinted with permission.", .. HarbourStory])), CancellationToken.None);

        Assert.False(copy.IsDuplicate);
    }

    private Task<DedupVerdict> Claim(string blob, string body) => index.ClaimAsync(Candidate(blob, body), CancellationToken.None);

    private static DedupCandidate Candidate(string blob, string body)
    {
        var hash = ContentFingerprint.Compute(body);
        return new DedupCandidate(ContentFingerprint.ToArticleId(hash), hash, new RecordOrigin("test", blob, "1", "text"), body);
    }

    private static string IdOf(string body) => ContentFingerprint.ToArticleId(ContentFingerprint.Compute(body));
}
