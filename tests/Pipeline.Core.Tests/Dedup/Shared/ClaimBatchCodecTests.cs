using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;

namespace Pipeline.Core.Tests.Dedup.Shared;

public sealed class ClaimBatchCodecTests
{
    [Fact]
    public void Decode_OfEncode_GivesBackEveryEntry()
    {
        var signature = new MinHashSignature([1, 2, 3, uint.MaxValue]);
        var a = new ArticleSource("raw/dump.jsonl", "line 1", "\"0x1\"");
        var b = new ArticleSource("raw/copy.txt", "1", null);
        var batch = new ClaimBatch(
        [
            new ArticleClaim(new string('a', 64), "a1", a, new NearDuplicateEntry("a1", "a1", 1.0, signature)),
            new ArticleClaim(new string('b', 64), "b2", a with { Record = "line 2" }, new NearDuplicateEntry("b2", "a1", 0.62, signature)),
            new ArticleClaim(new string('c', 64), "c3", b, Near: null),
            new SourceSighting(new string('a', 64), b),
            new InputWithdrawal("raw/dump.jsonl", null,
            [
                new DocumentRemoval("a1", [a]),
                new DuplicateRemoval("a1", "b2", a with { Record = "line 2" }),
                new DocumentPromotion("a1", "a1", b, [a]),
                new DuplicateMove("a1", "b2", "c3", b),
            ]),
        ]);

        var decoded = ClaimBatchCodec.Decode(ClaimBatchCodec.Encode(batch)).Entries;

        Assert.Equal(5, decoded.Count);
        Assert.Equal(batch.Entries[2], decoded[2]);
        Assert.Equal(batch.Entries[3], decoded[3]);
        var near = ((ArticleClaim)decoded[1]).Near!;
        Assert.Equal(("b2", "a1", 0.62), (near.ArticleId, near.CanonicalId, near.Similarity));
        Assert.Equal(signature.Values, ((ArticleClaim)decoded[0]).Near!.Signature.Values);
        var withdrawal = (InputWithdrawal)decoded[4];
        Assert.Equal(("raw/dump.jsonl", (string?)null), (withdrawal.Input, withdrawal.KeepVersion));
        Assert.Equal(4, withdrawal.Effects.Count);
        Assert.Equal(((InputWithdrawal)batch.Entries[4]).Effects[1], withdrawal.Effects[1]);
        Assert.Equal(((InputWithdrawal)batch.Entries[4]).Effects[3], withdrawal.Effects[3]);
        Assert.Equal(a, Assert.Single(((DocumentRemoval)withdrawal.Effects[0]).Withdrawn));
    }

    [Fact]
    public void Decode_BytesThatAreNotABatch_SaysSo()
    {
        Assert.Throws<InvalidDataException>(() => ClaimBatchCodec.Decode("{\"not\": \"a batch\"}"u8.ToArray()));
        var truncated = ClaimBatchCodec.Encode(new ClaimBatch([new ArticleClaim("h", "i", new ArticleSource("raw/x", "1", null), null)]))[..^3];
        Assert.Throws<InvalidDataException>(() => ClaimBatchCodec.Decode(truncated));
    }
}
