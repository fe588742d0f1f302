namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>Finds the repository root and the build outputs the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration these tests were built in (test.sh builds Release).</summary>
    public static string Configuration { get; } = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    public static string Samples => Path.Combine(Root, "samples");

    public static string LocalHostDll => Path.Combine(Root, "src", "Pipeline.LocalHost", "bin", Configuration, "net10.0", "Pipeline.LocalHost.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
