namespace Pipeline.Infra.Tests.Bicep;

/// <summary>
/// One <c>bicep build</c> and one <c>bicep lint</c> over every file under infra/: each CLI run costs seconds of start-up
/// and each file little, so one run per command instead of one per file and command. The CLI prints each diagnostic
/// after the absolute path of its file, which is how a file's own findings are told apart.
/// </summary>
public sealed class BicepRun : IDisposable
{
    private readonly string outputFolder = Directory.CreateTempSubdirectory("bicep-build-").FullName;

    public BicepRun()
    {
        Build = BicepCli.Run("build", "--pattern", "**/*.bicep", "--outdir", outputFolder);
        Lint = BicepCli.Run("lint", "--pattern", "**/*.bicep");
    }

    public BicepCli.Result Build { get; }

    public BicepCli.Result Lint { get; }

    /// <summary>The files, relative to infra/.</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(RepositoryPaths.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.Infra, file))
            .Order(StringComparer.Ordinal);

    public static List<string> FindingsFor(string output, string file)
    {
        var path = Path.Combine(RepositoryPaths.Infra, file) + "(";
        return output.Split('\n').Where(line => line.StartsWith(path, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Where the build wrote the ARM template of <paramref name="file"/> (the tree under infra/ is kept).</summary>
    public string BuiltTemplate(string file) => Path.Combine(outputFolder, Path.ChangeExtension(file, ".json"));

    public void Dispose() => Directory.Delete(outputFolder, recursive: true);
}
