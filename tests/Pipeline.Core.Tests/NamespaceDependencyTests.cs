using System.Text.RegularExpressions;

namespace Pipeline.Core.Tests;

/// <summary>The stages of Pipeline.Core depend on each other one way: no namespace reaches back to one that uses it.</summary>
public sealed partial class NamespaceDependencyTests
{
    [Fact]
    public void CoreNamespaces_HaveNoDependencyCycle()
    {
        var uses = new Dictionary<string, HashSet<string>>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "Pipeline.Core"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            if (Namespace().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var from = declared.Groups["stage"].Value;
            var targets = uses.TryGetValue(from, out var known) ? known : uses[from] = [];
            foreach (Match reference in Reference().Matches(text))
            {
                if (reference.Groups["stage"].Value != from)
                {
                    targets.Add(reference.Groups["stage"].Value);
                }
            }
        }

        Assert.NotEmpty(uses);
        Assert.Empty(Cycles(uses));
    }

    /// <summary>Every cycle found by a depth-first walk, as "A -> B -> A".</summary>
    private static List<string> Cycles(Dictionary<string, HashSet<string>> uses)
    {
        var cycles = new List<string>();
        var done = new HashSet<string>();
        void Visit(string stage, List<string> path)
        {
            if (path.IndexOf(stage) is var at and >= 0)
            {
                cycles.Add(string.Join(" -> ", path.Skip(at).Append(stage)));
                return;
            }

            if (!done.Add(stage))
            {
                return;
            }

            path.Add(stage);
            foreach (var next in uses.GetValueOrDefault(stage, []))
            {
                Visit(next, path);
            }

            path.RemoveAt(path.Count - 1);
        }

        foreach (var stage in uses.Keys)
        {
            Visit(stage, []);
        }

        return cycles;
    }

    [GeneratedRegex(@"^namespace Pipeline\.Core\.(?<stage>\w+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"(?:^using |[^\w.])Pipeline\.Core\.(?<stage>\w+)", RegexOptions.Multiline)]
    private static partial Regex Reference();
}
