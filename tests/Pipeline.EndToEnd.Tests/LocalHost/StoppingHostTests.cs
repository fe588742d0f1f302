using Azure;
using Microsoft.Extensions.Hosting;
using Pipeline.LocalHost;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>The local host's restart survives a job host that can't release its leases while storage is stalled.</summary>
public sealed class StoppingHostTests
{
    [Fact]
    public async Task Stop_HostWhoseLeaseReleaseRanOutOfRetries_IsReportedInsteadOfEndingTheProcess()
    {
        using var report = new StringWriter();
        var stall = new AggregateException(
            "Retry failed after 6 tries.",
            new RequestFailedException("An error occurred while sending the request."),
            new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:01:40."));

        await StoppingHost.StopAsync(new HostFailingStop(stall), report);

        Assert.Contains("did not stop cleanly", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("AggregateException: Retry failed after 6 tries.", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_HostThatLostItsLease_IsReportedInsteadOfEndingTheProcess()
    {
        using var report = new StringWriter();

        await StoppingHost.StopAsync(new HostFailingStop(new RequestFailedException(409, "The lease ID specified did not match the lease ID for the container or blob.")), report);

        Assert.Contains("did not stop cleanly", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_FailureThatIsNotStorage_StillEndsTheProcess()
    {
        using var report = new StringWriter();

        await Assert.ThrowsAsync<NullReferenceException>(() => StoppingHost.StopAsync(new HostFailingStop(new NullReferenceException()), report));
    }

    [Fact]
    public async Task Stop_HostThatStopsCleanly_ReportsNothing()
    {
        using var report = new StringWriter();
        using var host = new HostBuilder().Build();
        await host.StartAsync();

        await StoppingHost.StopAsync(host, report);

        Assert.Empty(report.ToString());
    }

    [Fact]
    public async Task StopAfterFailedStart_JobHostThatNeverStarted_IsReportedInsteadOfEndingTheProcess()
    {
        using var report = new StringWriter();
        // What JobHost.StopAsync throws after its start failed on a storage stall (seen ending a 1 GB run's hosts).
        var refusal = new InvalidOperationException("The host has not yet started.");

        await StoppingHost.StopAfterFailedStartAsync(new HostFailingStop(refusal), report);

        Assert.Contains("failed to start could not be stopped", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAfterFailedStart_FailureThatIsNotStorage_StillEndsTheProcess()
    {
        using var report = new StringWriter();

        await Assert.ThrowsAsync<NullReferenceException>(() => StoppingHost.StopAfterFailedStartAsync(new HostFailingStop(new NullReferenceException()), report));
    }

    private sealed class HostFailingStop(Exception failure) : IHost
    {
        public IServiceProvider Services => throw new NotSupportedException();

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken = default) => Task.FromException(failure);

        public void Dispose()
        {
        }
    }
}
