using Azure;
using Pipeline.Storage.Resilience;

namespace Pipeline.Storage.Tests.Resilience;

public sealed class StorageResilienceTests
{
    [Fact]
    public async Task Execute_ARequestTheSdkTimedOut_IsTriedAgain()
    {
        var attempts = 0;

        var result = await StorageResilience.Create(TimeProvider.System).ExecuteAsync(_ =>
        {
            // What the SDK throws when storage answers slower than its network timeout: a cancellation nobody asked for.
            return ++attempts == 1 ? throw new TaskCanceledException("exceeded the configured timeout of 0:00:20") : ValueTask.FromResult(attempts);
        }, CancellationToken.None);

        Assert.Equal(2, result);
    }

    [Fact]
    public async Task Execute_CancelledByTheCaller_IsNotTriedAgain()
    {
        using var stop = new CancellationTokenSource();
        var attempts = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StorageResilience.Create(TimeProvider.System).ExecuteAsync(_ =>
        {
            attempts++;
            stop.Cancel();
            throw new OperationCanceledException(stop.Token);
        }, stop.Token).AsTask());

        Assert.Equal(1, attempts);
    }

    [Theory]
    [InlineData(503, true)]
    [InlineData(500, true)]
    [InlineData(429, true)]
    [InlineData(0, true)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    public void IsTransient_ByStatus(int status, bool transient) =>
        Assert.Equal(transient, StorageResilience.IsTransient(new RequestFailedException(status, "storage said so"), CancellationToken.None));
}
