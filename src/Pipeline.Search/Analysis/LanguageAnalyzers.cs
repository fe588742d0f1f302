using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Pipeline.Search.Analysis;

/// <summary>
/// Which analyzer a document's text is indexed with, chosen by its detected language: stemming and stop words for the
/// languages the pipeline meets most, CJK bigrams for Chinese, Japanese and Korean (unspaced scripts), and the standard
/// analyzer (Unicode word breaks, lower-casing) for the rest, Polish included (its stemmer, Stempel, is not a package we can get).
/// </summary>
public static class LanguageAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Cjk = "cjk";

    public const string Standard = "std";

    /// <summary>Every analyzer key; a searchable field exists once per key (<c>body_en</c>, <c>body_cjk</c>...).</summary>
    public static IReadOnlyList<string> Keys { get; } = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", Cjk, Standard];

    /// <summary>The analyzer key of an ISO 639-1 language code (null or unknown: the standard analyzer).</summary>
    public static string KeyFor(string? language) => language?.ToLowerInvariant() switch
    {
        "en" or "de" or "fr" or "es" or "it" or "pt" or "nl" or "ru" => language.ToLowerInvariant(),
        "zh" or "ja" or "ko" => Cjk,
        _ => Standard,
    };

    public static Analyzer Create(string key) => key switch
    {
        "en" => new EnglishAnalyzer(Version),
        "de" => new GermanAnalyzer(Version),
        "fr" => new FrenchAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        "it" => new ItalianAnalyzer(Version),
        "pt" => new PortugueseAnalyzer(Version),
        "nl" => new DutchAnalyzer(Version),
        "ru" => new RussianAnalyzer(Version),
        Cjk => new CJKAnalyzer(Version),
        _ => new StandardAnalyzer(Version),
    };
}
