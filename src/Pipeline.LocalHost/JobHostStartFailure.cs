using Microsoft.Azure.WebJobs.Host.Listeners;
using Pipeline.Storage.Resilience;

namespace Pipeline.LocalHost;

/// <summary>Tells a job host start that failed because storage did not answer (worth a fresh start later) from a real fault.</summary>
public static class JobHostStartFailure
{
    public static bool IsStorageNotAnswering(Exception e) =>
        // WebJobs wraps a listener's start failure ("listener for function ... was unable to start") around the cause.
        StorageResilience.IsTransientAfterRetries(e is FunctionListenerException { InnerException: { } cause } ? cause : e, CancellationToken.None);
}
