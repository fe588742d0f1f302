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

    /// <summary>LSH bands. Default 14 (with 8 rows: 112 MinHash values, as datatrove): one store lookup and one registration per band.</summary>
    public int Bands { get; set; } = 14;

    /// <summary>MinHash values per band. Default 8: pairs at Jaccard 0.8 become candidates with p ≈ 0.92, at 0.9 with p ≈ 1.0, at 0.5 with p ≈ 0.05.</summary>
    public int RowsPerBand { get; set; } = 8;

    /// <summary>
    /// Estimated Jaccard similarity of shingle sets a candidate must reach to be declared a duplicate. Default 0.75:
    /// a copy with a few edited sentences or a different byline stays above it; a story and its follow-up sharing some
    /// paragraphs stay well below it.
    /// </summary>
    public double Threshold { get; set; } = 0.75;

    /// <summary>
    /// Distinct shingles a body needs for near-duplicate matching; shorter bodies are matched exactly only.
    /// Default 50 (about 55 words): two different 20-word briefs can differ in one word and still share most shingles.
    /// </summary>
    public int MinShingles { get; set; } = 50;

    /// <summary>Seed of the MinHash permutations. Default fixed: every host must compute the same signatures.</summary>
    public ulong Seed { get; set; } = 0x5EED_0F_D0C5UL;

    public int SignatureLength => Bands * RowsPerBand;
}
