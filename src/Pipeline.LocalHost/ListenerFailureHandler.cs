using System.Runtime.ExceptionServices;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.Logging;

namespace Pipeline.LocalHost;

/// <summary>
/// Replaces the WebJobs default, which rethrows a listener's background failure on a new thread and so kills the
/// process (the Functions host is restarted by its platform; nothing restarts a local process). Seen after a
/// storage outage: a blob receipt's lease expires while the scan waits, and marking the receipt fails with 412.
/// Here the failure is logged and the host is restarted in-process (<see cref="HostRestartSignal"/>); receipts
/// make the restarted scan pick up where the old one stopped.
/// </summary>
public sealed class ListenerFailureHandler(HostRestartSignal restart, ILogger<ListenerFailureHandler> logger) : IWebJobsExceptionHandler
{
    public void Initialize(JobHost host)
    {
    }

    public Task OnTimeoutExceptionAsync(ExceptionDispatchInfo exceptionInfo, TimeSpan timeoutGracePeriod) => OnUnhandledExceptionAsync(exceptionInfo);

    public Task OnUnhandledExceptionAsync(ExceptionDispatchInfo exceptionInfo)
    {
        logger.LogError(exceptionInfo.SourceException, "A trigger listener failed; restarting the job host");
        restart.Request(exceptionInfo.SourceException);
        return Task.CompletedTask;
    }
}
