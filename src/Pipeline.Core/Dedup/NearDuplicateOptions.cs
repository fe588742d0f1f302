namespace Pipeline.Core.Dedup;

/// <summary>
/// Near-duplicate detection settings, bound from configuration section <c>Pipeline:Dedup</c>.
/// Changing <see cref="ShingleSize"/>, <see cref="Bands"/>, <see cref="RowsPerBand"/> or <see cref="Seed"/> makes new
/// signatures incomparable with stored ones: do it only with an empty store.
/// </summary>
public sealed class NearDuplicateOptions
{
    public const string SectionName = "Pipeline:Dedup";

    /// <summary>False: exact duplicates only. Default true.</summary>
    public bool NearDuplicates { get; set; } = true;

    /// <summary>
    /// Words per shingle. Default 5 (as datatrove): long enough that unrelated articles share almost none,
    /// short enough that an edited sentence spoils only a few. Each CJK/kana/Hangul/Thai character counts as a word,
    /// so for those scripts a shingle is a 5-character n-gram.
    /// </summary>
    public int ShingleSize { get; set; } = 5;

    /// <summary>
    /// LSH bands: one store lookup and one registration per band. Default 20 (with 5 rows: 100 MinHash values).
    /// datatrove's 14 × 8 finds pairs at Jaccard 0.7 only with p ≈ 0.62 (its curve is tuned for ~0.8); measured on the
    /// aeb-dev renderings, 20 × 5 found more true pairs at the same threshold and no false ones.
    /// </summary>
    public int Bands { get; set; } = 20;

    /// <summary>MinHash values per band. Default 5: pairs become candidates with p ≈ 0.975 at Jaccard 0.7, ≈ 1.0 at 0.85, ≈ 0.47 at 0.5, ≈ 0.05 at 0.3.</summary>
    public int RowsPerBand { get; set; } = 5;

    /// <summary>
    /// Estimated Jaccard similarity of shingle sets a candidate must reach to be declared a duplicate. Default 0.7:
    /// a copy with a few edited sentences, another byline or some leftover page furniture stays above it; a story and its
    /// follow-up sharing some paragraphs stay well below it. Measured on aeb-dev (8 seeds): renderings of one article
    /// cropped to the article are 0.55–1.0 alike (median 0.93–0.98) and different articles at most 0.14, giving pairwise
    /// precision 1.0 and recall 0.96–0.98 (0.65 would give 0.976–0.986); whole-page text dumps of two short articles
    /// of one site reach 0.79, so bodies still full of boilerplate need a good extractor first.
    /// </summary>
    public double Threshold { get; set; } = 0.7;

    /// <summary>
    /// Distinct shingles a body needs for near-duplicate matching; shorter bodies are matched exactly only.
    /// Default 50 (about 55 words): two different 20-word briefs can differ in one word and still share most shingles.
    /// </summary>
    public int MinShingles { get; set; } = 50;

    /// <summary>Seed of the MinHash permutations. Default fixed: every host must compute the same signatures.</summary>
    public ulong Seed { get; set; } = 0x5EED_0F_D0C5UL;

    public int SignatureLength => Bands * RowsPerBand;
}
