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
    private static int modelsLoaded;

    public string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sample = text.Length <= SampleLength ? text : text[..SampleLength];
        var language = Interlocked.Exchange(ref modelsLoaded, 1) == 0 ? DetectLoadingModels(sample) : Shared.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : language.IsoCode6391().ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The first detection loads the models of every language of the text's script: ~55 MB that stay, and about as much
    /// again of parse garbage for a moment. Collected before, that burst doesn't stack on a busy pipeline's own garbage
    /// (on the 1 GB streaming benchmark it set the peak: 297 MB against 244 MB); collected after, it goes back to the OS at once.
    /// </summary>
    private static Language DetectLoadingModels(string sample)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var language = Shared.Value.DetectLanguageOf(sample);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return language;
    }
}
