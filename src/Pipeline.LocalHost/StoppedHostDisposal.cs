using Microsoft.Extensions.Hosting;

namespace Pipeline.LocalHost;

/// <summary>
/// Disposes a job host that has stopped, so that the process can start the next one. After a long storage outage a
/// WebJobs host can fail its own disposal: its blob listener's singleton lock had its lease renewal fail (that failure
/// is what asked for the restart), and releasing the lock stops the renewal timer again, which throws
/// "The timer has already been stopped". Nothing of the old host is used any more: the failure is reported and the
/// process goes on, where it used to end.
/// </summary>
public static class StoppedHostDisposal
{
    public static void Dispose(IHost host, TextWriter report)
    {
        try
        {
            host.Dispose();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or AggregateException)
        {
            report.WriteLine($"warn: the stopped job host failed to dispose, going on without it: {e.GetType().Name}: {e.Message}");
        }
    }
}
