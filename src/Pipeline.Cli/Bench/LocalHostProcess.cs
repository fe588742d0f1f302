using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Tooling.Repository;

namespace Pipeline.Cli.Bench;

/// <summary>The real local host (WebJobs triggers) as a separate process, as run.sh starts it; its output kept, its peak memory readable.</summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private LocalHostProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => string.Join('\n', output);

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The most resident memory the process has had (VmHWM), in bytes; 0 where /proc is not there.</summary>
    public long PeakResidentBytes
    {
        get
        {
            var status = $"/proc/{process.Id}/status";
            var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    public static async Task<LocalHostProcess> StartAsync(RepositoryLayout layout, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
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

        var host = new LocalHostProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the local host"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!host.Output.Contains("Job host started", StringComparison.Ordinal))
        {
            if (host.process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("local host did not start:\n" + host.Output);
            }

            await Task.Delay(100);
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
