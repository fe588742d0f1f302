using System.ComponentModel.DataAnnotations;

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
    [Range(1, 64)]
    public int ShingleSize { get; set; } = 5;

    /// <summary>
    /// LSH bands: one store lookup and one registration per band. Default 25 (with 4 rows: 100 MinHash values).
    /// The HTML page and the text dumps of one article differ by what each extraction kept, so their similarity is
    /// often 0.45–0.7; datatrove's 14 × 8 (tuned for ~0.8) and 20 × 5 miss many such pairs before verification.
    /// </summary>
    [Range(1, 1000)]
    public int Bands { get; set; } = 25;

    /// <summary>MinHash values per band. Default 4: pairs become candidates with p ≈ 0.998 at Jaccard 0.7, ≈ 0.93 at 0.45, ≈ 0.19 at 0.2.</summary>
    [Range(1, 64)]
    public int RowsPerBand { get; set; } = 4;

    /// <summary>
    /// Estimated Jaccard similarity of shingle sets a candidate must reach to be declared a duplicate. Default 0.45:
    /// a copy with edited sentences, another byline or leftover page furniture stays above it; a story and its
    /// follow-up sharing some paragraphs stay below it (tested). Measured on the 264 aeb-dev renderings through the
    /// pipeline's own extraction (<c>pipeline dedup-eval</c>): different articles are at most 0.14 alike; at 0.7
    /// recall was 0.913, at 0.45 (25 × 4 bands) 0.974 (0.981 with MinShingles 30), precision 1.0 throughout.
    /// </summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double Threshold { get; set; } = 0.45;

    /// <summary>
    /// Distinct shingles a body needs for near-duplicate matching; shorter bodies are matched exactly only.
    /// Default 30 (about 35 words): two different 20-word briefs can differ in one word and still share most shingles,
    /// so short texts are matched exactly only. At 50, three aeb-dev renderings whose extraction kept little text went
    /// unmatched (recall 0.974 -> 0.981 at 30, precision 1.0 at both).
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MinShingles { get; set; } = 30;

    /// <summary>Seed of the MinHash permutations. Default fixed: every host must compute the same signatures.</summary>
    public ulong Seed { get; set; } = 0x5EED_0F_D0C5UL;

    public int SignatureLength => Bands * RowsPerBand;
}
