namespace Pipeline.Infra.Tests.Bicep;

/// <summary>Every Bicep file under infra/ builds and lints with no diagnostic at all: a warning fails like an error.</summary>
public sealed class BicepFilesTests(BicepRun bicep) : IClassFixture<BicepRun>
{
    public static TheoryData<string> Files() => new(BicepRun.Files());

    [Fact]
    public void Infra_HasTheEntryPointAndItsModules()
    {
        var files = BicepRun.Files().ToList();
        Assert.Contains("main.bicep", files);
        Assert.Contains(Path.Combine("app", "function.bicep"), files);
        Assert.Contains(Path.Combine("app", "blob-webhook.bicep"), files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Build_ReportsNoDiagnostics(string file)
    {
        var findings = BicepRun.FindingsFor(bicep.Build.Output, file);
        Assert.True(bicep.Build.ExitCode == 0 && findings.Count == 0, $"bicep build {file} (exit {bicep.Build.ExitCode}):\n{string.Join('\n', findings)}");
        Assert.True(new FileInfo(bicep.BuiltTemplate(file)).Length > 0);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Lint_ReportsNoFindings(string file)
    {
        var findings = BicepRun.FindingsFor(bicep.Lint.Output, file);
        Assert.True(bicep.Lint.ExitCode == 0 && findings.Count == 0, $"bicep lint {file} (exit {bicep.Lint.ExitCode}):\n{string.Join('\n', findings)}");
    }

    [Fact]
    public void BuildAndLint_PrintNothingAtAll()
    {
        Assert.True(bicep.Build.Output.Length == 0, bicep.Build.Output);
        Assert.True(bicep.Lint.Output.Length == 0, bicep.Lint.Output);
    }
}
