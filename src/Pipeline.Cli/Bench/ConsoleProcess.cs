using System.Diagnostics;
using Pipeline.Tooling.Azurite;
using Pipeline.Tooling.Repository;

namespace Pipeline.Cli.Bench;

/// <summary>The console (src/Pipeline.Console) as its own process, as run.sh starts it; killed when disposed.</summary>
public sealed class ConsoleProcess : IAsyncDisposable
{
    private readonly Process process;

    private ConsoleProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public int ProcessId => process.Id;

    /// <param name="log">The file the console's output goes to.</param>
    public static async Task<ConsoleProcess> StartAsync(RepositoryLayout layout, string connectionString, string indexPath, string log)
    {
        var output = TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        var port = AzuriteProcess.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepositoryLayout.Require(layout.ConsoleDll, $"build it with `dotnet build -c {RepositoryLayout.Configuration} src/Pipeline.Console`") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["AzureWebJobsStorage"] = connectionString,
                ["Pipeline__Console__Port"] = $"{port}",
                ["Pipeline__Console__IndexPath"] = indexPath,
                ["Logging__LogLevel__Pipeline"] = "Debug", // each full listing and its time, in the log
            },
        };
        var started = new TaskCompletionSource();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {layout.ConsoleDll} (build src/Pipeline.Console)");
        process.OutputDataReceived += (_, e) =>
        {
            output.WriteLine(e.Data);
            if (e.Data?.Contains("Console at http://", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => output.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return new ConsoleProcess(process, port);
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
}
