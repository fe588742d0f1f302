using System.Diagnostics;
using Pipeline.Tooling.Hosts;
using Pipeline.Tooling.Repository;

namespace Pipeline.Cli.Bench;

/// <summary>The real local host (WebJobs triggers) as a separate process, as run.sh starts it, for the benchmarks.</summary>
public static class LocalHostProcess
{
    /// <param name="logFile">Where its output is written as it comes, if anywhere.</param>
    public static Task<HostProcess> StartAsync(RepositoryLayout layout, string connectionString, IReadOnlyDictionary<string, string>? settings = null, string? logFile = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepositoryLayout.Require(layout.LocalHostDll, $"build it with `dotnet build -c {RepositoryLayout.Configuration} src/Pipeline.LocalHost`") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["AzureWebJobsStorage"] = connectionString, ["DOTNET_ENVIRONMENT"] = "Development" },
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return HostProcess.StartAsync(start, "Job host started", TimeSpan.FromSeconds(60), "local host", logFile);
    }
}
