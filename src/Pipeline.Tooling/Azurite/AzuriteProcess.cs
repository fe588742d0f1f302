using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pipeline.Tooling.Repository;

namespace Pipeline.Tooling.Azurite;

/// <summary>
/// A real Azurite of the repository's pinned version on free loopback ports with its data in a fresh folder, started
/// the way scripts/azurite.sh starts it; removed with its data when disposed. The CLI's benchmarks and the tests that
/// need an account of their own start it.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known Azurite development account key: public, the only key allowed in this repository.</summary>
    public const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly RepositoryLayout layout;
    private readonly string data;
    private readonly bool inMemory;
    private Process process;

    private AzuriteProcess(RepositoryLayout layout, Process process, string data, bool inMemory, (int Blob, int Queue, int Table) ports)
    {
        this.layout = layout;
        this.process = process;
        this.data = data;
        this.inMemory = inMemory;
        Ports = ports;
    }

    public (int Blob, int Queue, int Table) Ports { get; }

    public string ConnectionString => ConnectionStringFor(Ports.Blob, Ports.Queue, Ports.Table);

    public int ProcessId => process.Id;

    /// <param name="layout">The checkout whose node_modules hold the pinned Azurite.</param>
    /// <param name="inMemory">
    /// Azurite's <c>--inMemoryPersistence</c>: nothing is written to disk. Its on-disk store serializes its whole blob
    /// index to JSON every 5 s, so past ~100,000 blobs it answers slower and slower; in memory it does not, which lets a
    /// benchmark of the hosts' own memory reach a million documents. (run.sh and the tests keep Azurite on disk.)
    /// </param>
    /// <param name="dataFolderPrefix">The name the temporary data folder starts with (which run left it, if one is left).</param>
    public static async Task<AzuriteProcess> StartAsync(RepositoryLayout layout, bool inMemory = false, string dataFolderPrefix = "pipeline-azurite-")
    {
        RepositoryLayout.Require(layout.Azurite, "Azurite is installed by `npm ci` in the repository root");
        var ports = (FreePort(), FreePort(), FreePort());
        var data = Directory.CreateTempSubdirectory(dataFolderPrefix).FullName;
        return new AzuriteProcess(layout, await LaunchAsync(layout, data, inMemory, ports), data, inMemory, ports);
    }

    public static string ConnectionStringFor(int blob, int queue, int table) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
        process = await LaunchAsync(layout, data, inMemory, Ports);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(data, recursive: true);
    }

    private static async Task<Process> LaunchAsync(RepositoryLayout layout, string data, bool inMemory, (int Blob, int Queue, int Table) ports)
    {
        var start = new ProcessStartInfo(layout.Azurite)
        {
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--disableTelemetry",
                "--blobHost", "127.0.0.1", "--blobPort", $"{ports.Blob}", "--queueHost", "127.0.0.1", "--queuePort", $"{ports.Queue}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{ports.Table}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (inMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
            start.Environment["NODE_OPTIONS"] = "--max-old-space-size=8192";
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(data);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {layout.Azurite} (run npm ci)");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitListeningAsync(ports.Table);
        return process;
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
