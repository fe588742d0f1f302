namespace Pipeline.Console.Tests.Infrastructure;

/// <summary>Finds the repository root and the build outputs the tests start.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration these tests were built in (test.sh builds Release).</summary>
    public static string Configuration { get; } = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    public static string Sample => Path.Combine(Root, "samples", "scmp-2020-02-16-russia-china.txt");

    public static string LocalHostDll => Path.Combine(Root, "src", "Pipeline.LocalHost", "bin", Configuration, "net10.0", "Pipeline.LocalHost.dll");

    public static string ConsoleDll => Path.Combine(Root, "src", "Pipeline.Console", "bin", Configuration, "net10.0", "Pipeline.Console.dll");

    /// <summary>Where the browser tests save their screenshots (ignored by git; the README's copies are in docs/console/).</summary>
    public static string Screenshots => Path.Combine(Root, ".artifacts", "console-screenshots");

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
