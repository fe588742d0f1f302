using System.Reflection;
using System.Text.RegularExpressions;

namespace Pipeline.Console.Tests;

/// <summary>The README's table of the console's settings names every setting the console binds, and nothing else.</summary>
public sealed partial class ConsoleSettingsTableTests
{
    [Fact]
    public void ReadmeConsoleTable_ListsExactlyTheConsoleOptions()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## The console", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var documented = Setting().Matches(section).Select(m => m.Groups[1].Value).ToHashSet();
        var bound = typeof(ConsoleOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .Select(p => $"{ConsoleOptions.SectionName}:{p.Name}").ToHashSet();

        Assert.Equal(bound.Order(), documented.Order());
    }

    [GeneratedRegex(@"^\| `(Pipeline:Console:[A-Za-z]+)`", RegexOptions.Multiline)]
    private static partial Regex Setting();
}
