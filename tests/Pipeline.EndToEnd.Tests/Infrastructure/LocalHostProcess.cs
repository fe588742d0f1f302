using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>The real local host (WebJobs blob-trigger listener) as a separate process, as run.sh starts it.</summary>
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

    public bool HasExited => process.HasExited;

    /// <summary>Starts a host on this storage account; <paramref name="settings"/> are extra environment variables (e.g. <c>Pipeline__Ingest__ChunkRecords</c>).</summary>
    public static async Task<LocalHostProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
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

        var host = new LocalHostProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the local host"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!host.Output.Contains("Job host started", StringComparison.Ordinal))
        {
            if (host.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("local host did not start:\n" + host.Output);
            }

            await Task.Delay(100);
        }

        return host;
    }

    /// <summary>
    /// Sends a signal the way a user or a service manager stops the host (INT is Ctrl-C, TERM is what ./run.sh and
    /// container runtimes send), waits for the process to end and returns its exit code.
    /// </summary>
    public async Task<int> StopAsync(string signal, TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", [$"-{signal}", $"{process.Id}"]))
        {
            await kill.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the local host did not exit within {timeout} of SIG{signal}:\n{Output}");
        }

        return process.ExitCode;
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
