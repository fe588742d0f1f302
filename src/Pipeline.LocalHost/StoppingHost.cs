using Azure;
using Microsoft.Extensions.Hosting;
using Pipeline.Storage.Resilience;

namespace Pipeline.LocalHost;

/// <summary>
/// Stops a job host that is being restarted or shut down. During a long storage stall, stopping can fail: the blob
/// listener releases its singleton lease and the WebJobs SDK's own retries give up (or the lease was already lost,
/// 409). The lease expires on its own and nothing of the old host is used again, so the failure is reported and the
/// process goes on; it used to end the process, and a 1 GB dump with it.
/// </summary>
public static class StoppingHost
{
    public static async Task StopAsync(IHost host, TextWriter report)
    {
        try
        {
            await host.StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is RequestFailedException || StorageResilience.IsTransientAfterRetries(e, CancellationToken.None))
        {
            report.WriteLine($"warn: the job host did not stop cleanly, going on without it (its leases expire on their own): {e.GetType().Name}: {FirstLine(e.Message)}");
        }
    }

    /// <summary>
    /// Stops a job host whose start failed. It may have started some listeners (they are stopped) or none, and then
    /// WebJobs refuses to stop it ("The host has not yet started"); nothing of it is used again, so that is reported
    /// and the process goes on to a fresh start. It used to end the process after a long Azurite stall.
    /// </summary>
    public static async Task StopAfterFailedStartAsync(IHost host, TextWriter report)
    {
        try
        {
            await StopAsync(host, report);
        }
        catch (InvalidOperationException e)
        {
            report.WriteLine($"warn: the job host that failed to start could not be stopped, going on without it: {FirstLine(e.Message)}");
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
