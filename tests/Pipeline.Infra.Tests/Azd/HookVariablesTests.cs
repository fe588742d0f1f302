using System.Text.RegularExpressions;

namespace Pipeline.Infra.Tests.Azd;

/// <summary>
/// The azd hooks and the search data source read AZURE_* variables that azd fills from main.bicep's outputs:
/// a renamed or missing output would only show up in Azure, as an empty value.
/// </summary>
public sealed partial class HookVariablesTests
{
    [Fact]
    public void Hooks_ReadOnlyVariablesThatMainBicepOutputs()
    {
        var outputs = OutputPattern().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "main.bicep"))).Select(m => m.Groups[1].Value).ToHashSet();
        var readers = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Infra, "hooks"), "*.sh")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Infra, "search"), "*.json"));

        var used = readers.SelectMany(file => VariablePattern().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Name: m.Groups[1].Value))).ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !outputs.Contains(u.Name)).Select(u => $"{u.File}: {u.Name}").Distinct());
    }

    [GeneratedRegex(@"^output (AZURE_[A-Z_]+) ", RegexOptions.Multiline)]
    private static partial Regex OutputPattern();

    [GeneratedRegex(@"\$\{?(AZURE_[A-Z_]+)")]
    private static partial Regex VariablePattern();
}
