using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Pipeline.Cli.Bench;

/// <summary>
/// A TCP proxy that adds a fixed delay to everything a client sends before passing it on (responses come back at
/// once): each storage request then costs that much more round trip, as in Azure where every request crosses a
/// network. Delayed bytes keep their order, and a burst is delayed once, not per packet.
/// </summary>
public sealed class LatencyProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly int targetPort;
    private readonly TimeSpan delay;
    private readonly Task accepting;

    private LatencyProxy(int targetPort, TimeSpan delay)
    {
        this.targetPort = targetPort;
        this.delay = delay;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public static LatencyProxy Start(int targetPort, TimeSpan delay) => new(targetPort, delay);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient { NoDelay = true };
        using (client)
        {
            client.NoDelay = true;
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, targetPort, stopping.Token);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                var upstream = DelayedCopyAsync(client.GetStream(), server.GetStream(), either.Token);
                var downstream = server.GetStream().CopyToAsync(client.GetStream(), either.Token);
                await Task.WhenAny(upstream, downstream);
                await either.CancelAsync();
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A connection closed by either side, or the proxy stopping.
            }
        }
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/>, each read delivered <see cref="delay"/> after it arrived.</summary>
    private async Task DelayedCopyAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        var queue = Channel.CreateUnbounded<(long Due, byte[] Bytes)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var writer = Task.Run(
            async () =>
            {
                await foreach (var (due, bytes) in queue.Reader.ReadAllAsync(cancellationToken))
                {
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }

                    await destination.WriteAsync(bytes, cancellationToken);
                }
            },
            cancellationToken);

        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await queue.Writer.WriteAsync((Stopwatch.GetTimestamp() + (long)(delay.TotalSeconds * Stopwatch.Frequency), buffer[..read]), cancellationToken);
        }

        queue.Writer.Complete();
        await writer;
    }
}
