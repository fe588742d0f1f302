using Azure;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Pipeline.Storage.Resilience;

/// <summary>
/// The Polly pipeline around every storage call: per-attempt timeout, jittered exponential retry on transient
/// failures, and a circuit breaker so a storage outage is waited out instead of hammered.
/// The Azure SDK's own retries are turned down (see <see cref="StorageClientFactory"/>) so attempts don't multiply.
/// </summary>
public static class StorageResilience
{
    public static ResiliencePipeline Create(TimeProvider time) => new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && (IsTransient(e, args.Context.CancellationToken) || e is BrokenCircuitException)),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            // About 20 s of retrying in all: rides out a short storage outage before the host's own retry takes over.
            MaxRetryAttempts = 8,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(5),
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e, args.Context.CancellationToken)),
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(10),
            BreakDuration = TimeSpan.FromSeconds(2),
        })
        .AddTimeout(TimeSpan.FromSeconds(30))
        .Build();

    /// <summary>Throttling, server errors, timeouts and connection failures (status 0) are worth another try.</summary>
    public static bool IsTransient(RequestFailedException e) => e.Status is 0 or 408 or 429 or >= 500;

    /// <summary>
    /// Worth another try: a transient status, a connection failure (also in a body being read), Polly's own attempt timeout, and the SDK's network
    /// timeout (a cancellation the caller did not ask for: a storage account, or Azurite, answering slower than 20 s).
    /// </summary>
    public static bool IsTransient(Exception e, CancellationToken caller) => e switch
    {
        RequestFailedException failed => IsTransient(failed),
        TimeoutRejectedException or HttpRequestException or HttpIOException => true,
        // A response body cut off as it streamed (a report read past its record list).
        IOException { InnerException: System.Net.Sockets.SocketException } => true,
        OperationCanceledException => !caller.IsCancellationRequested,
        _ => false,
    };

    /// <summary>
    /// <see cref="IsTransient(Exception, CancellationToken)"/> for a call whose retries are its own: the Azure SDK's
    /// retries (left on in clients this project does not build, such as the WebJobs SDK's) end in an
    /// <see cref="AggregateException"/> of the attempts' failures, transient when each of them is.
    /// </summary>
    public static bool IsTransientAfterRetries(Exception e, CancellationToken caller) =>
        e is AggregateException all ? all.InnerExceptions.All(inner => IsTransientAfterRetries(inner, caller)) : IsTransient(e, caller);
}
