namespace Pipeline.Cli.Bench;

/// <summary>Where the repository's pieces are, found from the running program: the pinned Azurite and the built local host.</summary>
public sealed record RepositoryLayout(string Root)
{
    public string Azurite => Path.Combine(Root, "node_modules", ".bin", "azurite");

    /// <summary>The local host built in the same configuration as this program (bin/Release or bin/Debug).</summary>
    public string LocalHostDll => Path.Combine(Root, "src", "Pipeline.LocalHost", "bin", Configuration, "net10.0", "Pipeline.LocalHost.dll");

    /// <summary>The console built in the same configuration as this program.</summary>
    public string ConsoleDll => Path.Combine(Root, "src", "Pipeline.Console", "bin", Configuration, "net10.0", "Pipeline.Console.dll");

    private static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    /// <summary>The nearest folder above the program holding Pipeline.sln.</summary>
    public static RepositoryLayout Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return new RepositoryLayout(dir.FullName);
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
