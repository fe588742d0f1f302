namespace Pipeline.Benchmarks;

/// <summary>Finds ../shared/corpus/aeb-dev next to the repository root (the folder holding Pipeline.sln).</summary>
internal static class CorpusLocator
{
    public static string DevCorpus()
    {
        // BenchmarkDotNet runs a generated copy of this project from bin/, so walk up from there as well as from the working directory.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
                {
                    return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "aeb-dev"));
                }
            }
        }

        throw new DirectoryNotFoundException("no Pipeline.sln above " + AppContext.BaseDirectory);
    }
}
