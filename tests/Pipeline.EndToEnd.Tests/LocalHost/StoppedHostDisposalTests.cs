using Microsoft.Extensions.Hosting;
using Pipeline.LocalHost;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>The local host's restart after a storage outage survives a job host that fails its own disposal.</summary>
public sealed class StoppedHostDisposalTests
{
    [Fact]
    public void Dispose_HostThatThrowsAsWebJobsDoesAfterAnOutage_IsReportedInsteadOfEndingTheProcess()
    {
        using var report = new StringWriter();

        StoppedHostDisposal.Dispose(new HostFailingDisposal(), report);

        Assert.Contains("The timer has already been stopped.", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_HostThatDisposesCleanly_ReportsNothing()
    {
        using var report = new StringWriter();
        var host = new HostBuilder().Build();

        StoppedHostDisposal.Dispose(host, report);

        Assert.Empty(report.ToString());
        Assert.Throws<ObjectDisposedException>(() => host.Services.GetService(typeof(IHostApplicationLifetime)));
    }

    /// <summary>Fails its disposal the way WebJobs' singleton listener did after a 16-minute storage stall.</summary>
    private sealed class HostFailingDisposal : IHost
    {
        public IServiceProvider Services => throw new NotSupportedException();

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void Dispose() => throw new InvalidOperationException("The timer has already been stopped.");
    }
}
