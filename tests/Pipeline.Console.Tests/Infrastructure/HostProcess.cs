using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pipeline.Console.Tests.Infrastructure;

/// <summary>A host of the project (local host, console) as its own process, as run.sh starts it; killed with its tree when disposed.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HostProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => string.Join('\n', output);

    /// <summary>Starts <c>dotnet {dll}</c> with these environment variables and waits until its output shows <paramref name="ready"/>.</summary>
    public static async Task<HostProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, string ready)
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var host = new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start " + dll));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!host.Output.Contains(ready, StringComparison.Ordinal))
        {
            if (host.process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} did not start:\n{host.Output}");
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
