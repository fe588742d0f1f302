using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pipeline.Console.Tests.Infrastructure;

/// <summary>A private Azurite of the repository's pinned version on free ports: a fresh account for the console's tests.</summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process process;
    private readonly string data;

    private AzuriteInstance(Process process, string data, int blob, int queue, int table)
    {
        this.process = process;
        this.data = data;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
                           $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteInstance> StartAsync()
    {
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var data = Directory.CreateTempSubdirectory("azurite-console-test-").FullName;
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
        for (var i = 0; i < 150; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, table);
                return new AzuriteInstance(process, data, blob, queue, table);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("Azurite did not start");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
}
