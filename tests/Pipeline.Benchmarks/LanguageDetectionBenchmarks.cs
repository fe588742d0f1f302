using BenchmarkDotNet.Attributes;
using Pipeline.Core.Normalizing;

namespace Pipeline.Benchmarks;

/// <summary>
/// Language detection per record, warm, with the pipeline's detector (fast stage, then Lingua): 2 KB articles the fast
/// stage settles, and 2 KB of word salad without function words, which it can't and hands to Lingua (the case that
/// cost ~10 ms a record). One operation is one record.
/// </summary>
public class LanguageDetectionBenchmarks
{
    private const int Records = 200;

    private static readonly string[] ContentWords =
        "city council monday bridge open year repairs residents welcomed plan asked cost budget project approved majority vote meeting late evening officials expect traffic ease works finished local businesses hope visitors summer season ferry service returns mayor told reporters important step region school hospital river train station market weather storm rain week police fire team won match rivals coach players fans celebrated street night report shows prices rose percent month economy growth slowed bank rates government minister announced funding teachers nurses"
            .Split(' ');

    private readonly TieredLanguageDetector detector = TieredLanguageDetector.Default();
    private List<string> salad = [];
    private List<string> articles = [];

    [GlobalSetup]
    public void MakeTexts()
    {
        var random = new Random(7);
        salad = Enumerable.Range(0, Records).Select(_ => string.Join(' ', Enumerable.Range(0, 300).Select(_ => ContentWords[random.Next(ContentWords.Length)]))).ToList();
        articles = Enumerable.Range(0, Records).Select(i => string.Join(' ', Enumerable.Range(0, 30).Select(s =>
            $"The {ContentWords[random.Next(ContentWords.Length)]} said on {ContentWords[random.Next(ContentWords.Length)]} that it would be a {ContentWords[random.Next(ContentWords.Length)]} for the {ContentWords[random.Next(ContentWords.Length)]} of {i}."))).ToList();

        // Lingua loads its models on first use; that one-time cost is not a record's.
        detector.Detect(salad[0]);
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int WordSaladLinguaDecides() => salad.Count(text => detector.Detect(text) == "en");

    [Benchmark(OperationsPerInvoke = Records)]
    public int ArticleFastStageDecides() => articles.Count(text => detector.Detect(text) == "en");
}
