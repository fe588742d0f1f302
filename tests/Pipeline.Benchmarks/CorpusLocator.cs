using Pipeline.Tooling.Evaluation;

namespace Pipeline.Benchmarks;

/// <summary>The aeb-dev corpus, found the way every command and test finds it (<see cref="DevCorpora"/>).</summary>
internal static class CorpusLocator
{
    public static string DevCorpus() => DevCorpora.PathOf(DevCorpora.ArticleExtractionBenchmark);
}
