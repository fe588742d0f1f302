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
            ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(IsTransient).Handle<TimeoutRejectedException>().Handle<HttpRequestException>().Handle<BrokenCircuitException>(),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            // About 20 s of retrying in all: rides out a short storage outage before the host's own retry takes over.
            MaxRetryAttempts = 8,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(5),
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(IsTransient).Handle<TimeoutRejectedException>().Handle<HttpRequestException>(),
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(10),
            BreakDuration = TimeSpan.FromSeconds(2),
        })
        .AddTimeout(TimeSpan.FromSeconds(30))
        .Build();

    /// <summary>Throttling, server errors, timeouts and connection failures (status 0) are worth another try.</summary>
    public static bool IsTransient(RequestFailedException e) => e.Status is 0 or 408 or 429 or >= 500;
}
