namespace Pipeline.Infra.Tests.Bicep;

/// <summary>Every Bicep file under infra/ builds and lints with no diagnostic at all: a warning fails like an error.</summary>
public sealed class BicepFilesTests
{
    public static TheoryData<string> Files() => new(BicepFiles());

    private static IEnumerable<string> BicepFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.Infra, file))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Infra_HasTheEntryPointAndItsModules()
    {
        var files = BicepFiles().ToList();
        Assert.Contains("main.bicep", files);
        Assert.Contains(Path.Combine("app", "function.bicep"), files);
        Assert.Contains(Path.Combine("app", "blob-webhook.bicep"), files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Build_ReportsNoDiagnostics(string file)
    {
        var output = Path.Combine(Path.GetTempPath(), "bicep-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var result = BicepCli.Run("build", file, "--outfile", output);
            Assert.True(result.ExitCode == 0 && result.Output.Length == 0, $"bicep build {file} (exit {result.ExitCode}):\n{result.Output}");
            Assert.True(new FileInfo(output).Length > 0);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Lint_ReportsNoFindings(string file)
    {
        var result = BicepCli.Run("lint", file);
        Assert.True(result.ExitCode == 0 && result.Output.Length == 0, $"bicep lint {file} (exit {result.ExitCode}):\n{result.Output}");
    }
}
