using Azure;
using Microsoft.Azure.WebJobs.Host.Listeners;
using Pipeline.LocalHost;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>A job host whose start meets a storage stall is started again later; any other start failure ends the host.</summary>
public sealed class JobHostStartFailureTests
{
    private static readonly AggregateException StorageStall = new(
        "Retry failed after 6 tries.",
        new RequestFailedException("An error occurred while sending the request."),
        new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:01:40."));

    [Fact]
    public void StartFailure_StorageStall_IsRetried() =>
        Assert.True(JobHostStartFailure.IsStorageNotAnswering(StorageStall));

    [Fact]
    public void StartFailure_StorageStallWrappedByTheBlobListener_IsRetried() =>
        Assert.True(JobHostStartFailure.IsStorageNotAnswering(new FunctionListenerException("IngestRawBlob", StorageStall)));

    [Fact]
    public void StartFailure_ListenerFaultThatIsNotStorage_IsNotRetried() =>
        Assert.False(JobHostStartFailure.IsStorageNotAnswering(new FunctionListenerException("IngestRawBlob", new InvalidOperationException("binding error"))));

    [Fact]
    public void StartFailure_ForbiddenStorage_IsNotRetried() =>
        Assert.False(JobHostStartFailure.IsStorageNotAnswering(new RequestFailedException(403, "Server failed to authenticate the request.")));
}
