namespace Pipeline.Core.Dedup;

/// <summary>Body text → shingles → MinHash signature → LSH band keys, with one set of options shared by every host.</summary>
public sealed class NearDuplicateSketcher(NearDuplicateOptions options)
{
    private readonly MinHasher hasher = new(options.SignatureLength, options.Seed);

    public NearDuplicateOptions Options => options;

    /// <summary>The body's sketch, or null when it is too short for near-duplicate matching (exact matching only).</summary>
    public NearDuplicateSketch? Sketch(string body)
    {
        var shingles = ShingleSet.Of(body, options.ShingleSize);
        if (shingles.Count < Math.Max(1, options.MinShingles))
        {
            return null;
        }

        var signature = hasher.Compute(shingles);
        return new NearDuplicateSketch(shingles.Count, signature, LshBandKeys.Compute(signature, options.Bands, options.RowsPerBand));
    }
}
