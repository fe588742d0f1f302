using Lingua;

namespace Pipeline.Core.Normalizing;

/// <summary>
/// Language detection with Lingua (n-gram models for 75 languages, good on short text too).
/// Only a prefix of the text is examined: a few hundred characters decide the language as well as the whole
/// article does, at a fraction of the cost.
/// </summary>
public sealed class LinguaLanguageDetector : ILanguageDetector
{
    private const int SampleLength = 600;
    private static readonly Lazy<LanguageDetector> Shared = new(() => LanguageDetectorBuilder.FromAllLanguages().WithLowAccuracyMode().Build());

    public string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sample = text.Length <= SampleLength ? text : text[..SampleLength];
        var language = Shared.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : language.IsoCode6391().ToString().ToLowerInvariant();
    }
}
