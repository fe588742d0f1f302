using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Tooling.Hosts;

/// <summary>
/// A host of the project (local host, console) as its own process, as run.sh starts it, for the CLI's benchmarks and the
/// tests: its output kept, its peak memory readable; killed with its tree when disposed.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string name;
    private readonly ConcurrentQueue<string> output = new();
    private readonly TextWriter? log;

    private HostProcess(Process process, string name, string? logFile)
    {
        this.process = process;
        this.name = name;
        log = logFile is null ? null : TextWriter.Synchronized(new StreamWriter(logFile) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => string.Join('\n', output);

    public bool HasExited => process.HasExited;

    public int ProcessId => process.Id;

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

    /// <summary>Starts <c>dotnet {dll}</c> with these environment variables and waits up to 90 s until its output shows <paramref name="ready"/>.</summary>
    public static Task<HostProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, string ready)
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        return StartAsync(start, ready, TimeSpan.FromSeconds(90), Path.GetFileName(dll));
    }

    /// <summary>
    /// Starts the process and waits until its output shows <paramref name="ready"/>; <paramref name="name"/> names it in
    /// errors. With <paramref name="logFile"/>, every line is also written there as it comes (a run stopped halfway keeps it).
    /// </summary>
    public static async Task<HostProcess> StartAsync(ProcessStartInfo start, string ready, TimeSpan patience, string name, string? logFile = null)
    {
        var host = new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start " + name), name, logFile);
        var deadline = DateTime.UtcNow + patience;
        while (!host.Output.Contains(ready, StringComparison.Ordinal))
        {
            if (host.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{name} did not start:\n{host.Output}");
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
            throw new TimeoutException($"{name} did not exit within {timeout} of SIG{signal}:\n{Output}");
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
        log?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
            log?.WriteLine(line);
        }
    }
}
