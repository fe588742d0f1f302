using Pipeline.Tooling.Repository;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// The development corpora, <c>corpora/{name}</c> in the repository (<see cref="RepositoryLayout"/>), for the CLI's
/// defaults, the floor tests and the benchmarks.
/// </summary>
public static class DevCorpora
{
    /// <summary>The Zyte article-extraction benchmark's dev half (ground-truth.json, body text metric).</summary>
    public const string ArticleExtractionBenchmark = "aeb-dev";

    /// <summary>trafilatura's evaluation set's dev half (annotations.json, must-have / must-not snippets).</summary>
    public const string Trafilatura = "traf-dev";

    public static readonly string[] Names = [ArticleExtractionBenchmark, Trafilatura];

    /// <summary>The corpus folder by name, found from the working directory or, failing that, from the running binary.</summary>
    public static string PathOf(string name) =>
        (RepositoryLayout.FindAbove(Environment.CurrentDirectory) ?? RepositoryLayout.FindAbove(AppContext.BaseDirectory))?.Corpus(name)
        ?? Path.GetFullPath(Path.Combine("corpora", name));
}
