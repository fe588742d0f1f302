using Pipeline.Tooling.Repository;

namespace Pipeline.Testing;

/// <summary>The repository the tests were built in (found from the test output folder) and the files and build outputs they use.</summary>
public static class RepositoryPaths
{
    public static RepositoryLayout Layout { get; } = RepositoryLayout.Find();

    public static string Root => Layout.Root;

    public static string Samples => Layout.Samples;

    /// <summary>The raw SCMP reader dump in samples/, the real input many tests start from.</summary>
    public static string Sample => Path.Combine(Samples, "scmp-2020-02-16-russia-china.txt");

    public static string Infra => Path.Combine(Root, "infra");

    /// <summary>The local host built in the configuration these tests were built in (test.sh builds Release).</summary>
    public static string LocalHostDll => Layout.LocalHostDll;

    public static string ConsoleDll => Layout.ConsoleDll;
}
