using System.Diagnostics;
using Pipeline.Tooling.Hosts;
using Pipeline.Tooling.Repository;

namespace Pipeline.Cli.Bench;

/// <summary>The real local host (WebJobs triggers) as a separate process, as run.sh starts it, for the benchmarks.</summary>
public static class LocalHostProcess
{
    public static Task<HostProcess> StartAsync(RepositoryLayout layout, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { layout.LocalHostDll },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["AzureWebJobsStorage"] = connectionString, ["DOTNET_ENVIRONMENT"] = "Development" },
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return HostProcess.StartAsync(start, "Job host started", TimeSpan.FromSeconds(60), "local host");
    }
}
