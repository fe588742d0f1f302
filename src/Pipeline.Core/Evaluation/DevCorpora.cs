namespace Pipeline.Core.Evaluation;

/// <summary>
/// Where the development corpora live: <c>corpora/{name}</c> in the repository (the folder holding Pipeline.sln). The one place that knows it, for the CLI's defaults, the floor tests and the benchmarks.
/// </summary>
public static class DevCorpora
{
    /// <summary>The Zyte article-extraction benchmark's dev half (ground-truth.json, body text metric).</summary>
    public const string ArticleExtractionBenchmark = "aeb-dev";

    /// <summary>trafilatura's evaluation set's dev half (annotations.json, must-have / must-not snippets).</summary>
    public const string Trafilatura = "traf-dev";

    public static readonly string[] Names = [ArticleExtractionBenchmark, Trafilatura];

    /// <summary>The corpus folder by name, found from the working directory or, failing that, from the running binary.</summary>
    public static string PathOf(string name)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
                {
                    return Path.Combine(directory.FullName, "corpora", name);
                }
            }
        }

        return Path.GetFullPath(Path.Combine("corpora", name));
    }
}
