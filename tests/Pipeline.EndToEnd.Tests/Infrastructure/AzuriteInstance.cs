using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A real Azurite of the repository's pinned version. Host tests get a private one on free ports (a fresh account,
/// so WebJobs receipts and queues of other tests can't interfere); other tests share the one test.sh started
/// (<see cref="SharedConnectionString"/>).
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string dataDirectory;
    private readonly (int Blob, int Queue, int Table) ports;
    private Process process;

    private AzuriteInstance(Process process, string dataDirectory, (int Blob, int Queue, int Table) ports)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.ports = ports;
        ConnectionString = ConnectionStringFor(ports.Blob, ports.Queue, ports.Table);
    }

    public string ConnectionString { get; }

    /// <summary>The Azurite test.sh started (PIPELINE_TEST_STORAGE).</summary>
    public static string SharedConnectionString =>
        Environment.GetEnvironmentVariable("PIPELINE_TEST_STORAGE")
        ?? throw new InvalidOperationException("PIPELINE_TEST_STORAGE is not set: run the tests with ./test.sh, which starts Azurite.");

    public static async Task<AzuriteInstance> StartPrivateAsync()
    {
        var ports = (FreePort(), FreePort(), FreePort());
        var data = Directory.CreateTempSubdirectory("azurite-test-").FullName;
        return new AzuriteInstance(await LaunchAsync(data, ports), data, ports);
    }

    /// <summary>
    /// Stops Azurite (an outage) the way an operator would, with SIGTERM so it flushes its data files;
    /// <see cref="RestartAsync"/> brings it back on the same ports and data.
    /// </summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", $"{process.Id}"]))
        {
            await kill.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async Task RestartAsync()
    {
        process.Dispose();
        process = await LaunchAsync(dataDirectory, ports);
    }

    private static async Task<Process> LaunchAsync(string data, (int Blob, int Queue, int Table) ports)
    {
        var (blob, queue, table) = ports;
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", "azurite"))
        {
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--location", data,
                "--blobHost", "127.0.0.1", "--blobPort", $"{blob}", "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Azurite");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitListeningAsync(table);
        return process;
    }

    public static string ConnectionStringFor(int blob, int queue, int table) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitListeningAsync(int port)
    {
        for (var i = 0; i < 150; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port}");
    }
}
