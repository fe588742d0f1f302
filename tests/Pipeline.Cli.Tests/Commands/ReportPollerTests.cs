using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Pipeline.Cli.Commands;
using Pipeline.Storage.Blobs;
using Polly;

namespace Pipeline.Cli.Tests.Commands;

public sealed class ReportPollerTests
{
    [Fact]
    public async Task TryRead_StorageNotAnswering_IsAPollWithoutNews()
    {
        var (answered, report) = await ReportPoller.TryReadAsync(Unreachable(), "dump.jsonl", CancellationToken.None);

        Assert.False(answered);
        Assert.Null(report);
    }

    [Fact]
    public async Task TryRead_CallerCancels_StopsTheWait()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReportPoller.TryReadAsync(Unreachable(), "dump.jsonl", cancelled.Token));
    }

    [Fact]
    public async Task TryReadJson_StorageNotAnswering_GivesNothingInsteadOfFailing()
    {
        Assert.Null(await ReportPoller.TryReadJsonAsync(UnreachableContainer(), "dump.jsonl", CancellationToken.None));
    }

    private static BlobReportSink Unreachable() => new(UnreachableContainer(), ResiliencePipeline.Empty);

    /// <summary>A report container on a local port nothing listens on, with the SDK's retries cut short.</summary>
    private static BlobContainerClient UnreachableContainer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        return new BlobContainerClient(new Uri($"http://127.0.0.1:{port}/devstoreaccount1/ingest-reports"), options);
    }
}
