using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;

namespace Pipeline.Core.Tests.Dedup.Shared;

public sealed class ClaimBatchCodecTests
{
    [Fact]
    public void Decode_OfEncode_GivesBackEveryClaim()
    {
        var signature = new MinHashSignature([1, 2, 3, uint.MaxValue]);
        var batch = new ClaimBatch(
        [
            new ArticleClaim(new string('a', 64), "a1", "raw/dump.jsonl#line 1", new NearDuplicateEntry("a1", "a1", 1.0, signature)),
            new ArticleClaim(new string('b', 64), "b2", "raw/dump.jsonl#line 2", new NearDuplicateEntry("b2", "a1", 0.62, signature)),
            new ArticleClaim(new string('c', 64), "c3", "raw/brief.txt#1", Near: null),
        ]);

        var decoded = ClaimBatchCodec.Decode(ClaimBatchCodec.Encode(batch));

        Assert.Equal(3, decoded.Claims.Count);
        Assert.Equal(batch.Claims[2], decoded.Claims[2]);
        Assert.Equal(("b2", "a1", 0.62), (decoded.Claims[1].Near!.ArticleId, decoded.Claims[1].Near!.CanonicalId, decoded.Claims[1].Near!.Similarity));
        Assert.Equal(signature.Values, decoded.Claims[0].Near!.Signature.Values);
        Assert.Equal("raw/dump.jsonl#line 2", decoded.Claims[1].OwnerKey);
    }

    [Fact]
    public void Decode_BytesThatAreNotABatch_SaysSo()
    {
        Assert.Throws<InvalidDataException>(() => ClaimBatchCodec.Decode("{\"not\": \"a batch\"}"u8.ToArray()));
        var truncated = ClaimBatchCodec.Encode(new ClaimBatch([new ArticleClaim("h", "i", "o", null)]))[..^3];
        Assert.Throws<InvalidDataException>(() => ClaimBatchCodec.Decode(truncated));
    }
}
