namespace Pipeline.Tooling.Repository;

/// <summary>
/// Where the repository's pieces are in a checkout (the folder holding Pipeline.sln): the pinned Azurite, the built
/// hosts, the samples and the dev corpora. The one place that walks up to the root, for the CLI and the tests.
/// </summary>
public sealed record RepositoryLayout(string Root)
{
    public string Azurite => Path.Combine(Root, "node_modules", ".bin", "azurite");

    /// <summary>The local host built in the same configuration as this program (bin/Release or bin/Debug).</summary>
    public string LocalHostDll => Path.Combine(Root, "src", "Pipeline.LocalHost", "bin", Configuration, "net10.0", "Pipeline.LocalHost.dll");

    /// <summary>The console built in the same configuration as this program.</summary>
    public string ConsoleDll => Path.Combine(Root, "src", "Pipeline.Console", "bin", Configuration, "net10.0", "Pipeline.Console.dll");

    public string Samples => Path.Combine(Root, "samples");

    /// <summary>A development corpus by name (<c>corpora/{name}</c>).</summary>
    public string Corpus(string name) => Path.Combine(Root, "corpora", name);

    /// <summary>The path of a part of the checkout, or a <see cref="MissingRepositoryPartException"/> saying how to get it.</summary>
    public static string Require(string path, string remedy) =>
        File.Exists(path) ? path : throw new MissingRepositoryPartException(path, remedy);

    /// <summary>The build configuration of this program: the name of the folder above bin/{configuration}/net10.0.</summary>
    public static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    /// <summary>The nearest folder above the program holding Pipeline.sln.</summary>
    public static RepositoryLayout Find() =>
        FindAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);

    /// <summary>The nearest folder at or above <paramref name="start"/> holding Pipeline.sln, or null.</summary>
    public static RepositoryLayout? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return new RepositoryLayout(dir.FullName);
            }
        }

        return null;
    }
}
