using System.Diagnostics;
using Azure.Storage.Blobs;

namespace Pipeline.Cli.Bench;

/// <summary>
/// Reads one small blob's properties every 100 ms beside a measurement and keeps the reads that took long: Azurite
/// answers one request at a time, so a slow point read is a stretch when it answered nothing (saving its metadata
/// store to disk, a long listing), which every other request in that stretch waited out too.
/// </summary>
public sealed class AzuriteStallWatch : IDisposable
{
    public const int StallMilliseconds = 300;

    private readonly CancellationTokenSource stop = new();
    private readonly List<StorageStall> stalls = [];
    private readonly Task loop;

    private AzuriteStallWatch(BlobClient probe) => loop = WatchAsync(probe, stop.Token);

    public static AzuriteStallWatch Start(BlobClient probe) => new(probe);

    public async Task<IReadOnlyList<StorageStall>> StopAsync()
    {
        await stop.CancelAsync();
        await loop;
        return stalls;
    }

    public void Dispose() => stop.Dispose();

    private async Task WatchAsync(BlobClient probe, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await probe.GetPropertiesAsync(cancellationToken: CancellationToken.None);
            }
            catch (Azure.RequestFailedException)
            {
                // A missing probe blob still measures the round trip.
            }

            var end = Stopwatch.GetTimestamp();
            if (Stopwatch.GetElapsedTime(start, end).TotalMilliseconds > StallMilliseconds)
            {
                stalls.Add(new StorageStall(start, end));
            }

            try
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
