namespace Pipeline.Core.Normalizing;

/// <summary>
/// A cheap detector first, a thorough one only when the cheap one can't tell: most articles are settled in microseconds
/// by <see cref="FastLanguageDetector"/>, and the milliseconds of n-gram models go to the few that need them.
/// </summary>
public sealed class TieredLanguageDetector(ILanguageDetector fast, ILanguageDetector thorough) : ILanguageDetector
{
    /// <summary>The fast stage, then Lingua.</summary>
    public static TieredLanguageDetector Default() => new(new FastLanguageDetector(), new LinguaLanguageDetector());

    public string? Detect(string text) => fast.Detect(text) ?? thorough.Detect(text);

    public string? Detect(string text, string? declared) => fast.Detect(text, declared) ?? thorough.Detect(text, declared);
}
