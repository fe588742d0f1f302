using Pipeline.Core.Dedup;

namespace Pipeline.Core.Tests.Dedup;

public sealed class MinHashSignatureTests
{
    [Theory]
    [InlineData(0.2)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void EstimateJaccard_IsCloseToTheTrueSimilarity(double jaccard)
    {
        // Two sets of 1,000 words sharing enough that |A∩B| / |A∪B| = jaccard.
        var shared = (int)Math.Round(2000 * jaccard / (1 + jaccard));
        var a = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"w{i}"));
        var b = string.Join(' ', Enumerable.Range(1000 - shared, 1000).Select(i => $"w{i}"));
        var hasher = new MinHasher(256, seed: 7);

        var estimate = hasher.Compute(ShingleSet.Of(a, 1)).EstimateJaccard(hasher.Compute(ShingleSet.Of(b, 1)));

        Assert.InRange(estimate, jaccard - 0.1, jaccard + 0.1);
    }

    [Fact]
    public void Bytes_RoundTrip()
    {
        var signature = new MinHasher(112, seed: 1).Compute(ShingleSet.Of(Texts.Body(Texts.HarbourStory), 5));

        var restored = MinHashSignature.FromBytes(signature.ToBytes());

        Assert.Equal(signature.Values, restored.Values);
        Assert.Equal(1.0, signature.EstimateJaccard(restored));
    }

    [Fact]
    public void BandKeys_AreEqualForEqualSignaturesAndOnePerBand()
    {
        var hasher = new MinHasher(112, seed: 1);
        var body = Texts.Body(Texts.HarbourStory);

        var keys = LshBandKeys.Compute(hasher.Compute(ShingleSet.Of(body, 5)), 14, 8);

        Assert.Equal(14, keys.Count);
        Assert.Equal(keys, LshBandKeys.Compute(hasher.Compute(ShingleSet.Of(body.ToUpperInvariant(), 5)), 14, 8));
        Assert.Equal(14, keys.Distinct().Count());
    }

    [Fact]
    public void Compute_VectorizedAndScalarAgree()
    {
        if (!System.Runtime.Intrinsics.X86.Avx512DQ.IsSupported)
        {
            return;
        }

        var hasher = new MinHasher(100, seed: 3);
        var shingles = ShingleSet.Of(Texts.Body(Texts.HarbourStory) + Texts.Body(Texts.ChineseStory), 5);

        Assert.Equal(hasher.ComputeScalar(shingles.Span).Values, hasher.ComputeVectorized(shingles.Span).Values);
    }
}
