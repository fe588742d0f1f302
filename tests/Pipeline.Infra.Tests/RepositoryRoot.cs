namespace Pipeline.Infra.Tests;

/// <summary>Finds the repository root (the folder holding Pipeline.sln) from the test output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Infra => System.IO.Path.Combine(Path, "infra");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
