using System.Diagnostics;
using Pipeline.Tooling.Hosts;

namespace Pipeline.Testing;

/// <summary>The real local host (WebJobs blob-trigger listener) as a separate process, as run.sh starts it.</summary>
public static class LocalHostProcess
{
    /// <summary>Starts a host on this storage account; <paramref name="settings"/> are extra environment variables (e.g. <c>Pipeline__Ingest__ChunkRecords</c>).</summary>
    public static Task<HostProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        // Through env --default-signal: a test runner started as a background job of a script inherits SIGINT
        // ignored (as would the host), but the host should meet Ctrl-C as in a terminal. env execs, so the pid is the host's.
        var start = new ProcessStartInfo("env")
        {
            ArgumentList = { "--default-signal=INT", "dotnet", RepositoryPaths.LocalHostDll },
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
