using System.Reflection;
using System.Text.RegularExpressions;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Hosting;

namespace Pipeline.Infra.Tests.Hosting;

/// <summary>The README's configuration table names every setting the hosts bind, and nothing they don't.</summary>
public sealed partial class ConfigurationTableTests
{
    [Fact]
    public void ReadmeConfigurationTable_ListsExactlyTheOptionsProperties()
    {
        var documented = DocumentedSettings().Where(s => s.StartsWith("Pipeline:", StringComparison.Ordinal)).ToHashSet();
        var bound = Settings(typeof(StorageOptions), StorageOptions.SectionName)
            .Concat(typeof(PipelineOptions).GetProperties().Where(p => p.CanWrite)
                .SelectMany(section => Settings(section.PropertyType, $"{PipelineOptions.SectionName}:{section.Name}")))
            .ToHashSet();

        Assert.Empty(bound.Except(documented));
        Assert.Empty(documented.Except(bound));
    }

    /// <summary>Settable properties, as configuration spells them.</summary>
    private static IEnumerable<string> Settings(Type options, string section) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => $"{section}:{p.Name}");

    /// <summary>
    /// The first cell of each row of the table under "## Configuration", expanded: <c>`A:{B,C}`</c> is A:B and A:C, and
    /// <c>`A:B` / `C`</c> is A:B and A:C.
    /// </summary>
    private static IEnumerable<string> DocumentedSettings()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        foreach (var row in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var names = Code().Matches(row.Split('|')[1]).Select(m => m.Groups[1].Value).ToList();
            var prefix = names[0][..(names[0].LastIndexOf(':') + 1)];
            foreach (var name in names.Select((n, i) => i == 0 ? n : prefix + n))
            {
                if (Braces().Match(name) is { Success: true } braces)
                {
                    foreach (var member in braces.Groups[2].Value.Split(','))
                    {
                        yield return braces.Groups[1].Value + member;
                    }
                }
                else
                {
                    yield return name;
                }
            }
        }
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("^(.*)\\{([^}]*)\\}$")]
    private static partial Regex Braces();
}
