namespace Pipeline.LocalHost;

/// <summary>Lets a listener failure ask Program's loop for a fresh job host; one signal per host generation.</summary>
public sealed class HostRestartSignal
{
    private readonly TaskCompletionSource<Exception> requested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<Exception> Requested => requested.Task;

    public void Request(Exception reason) => requested.TrySetResult(reason);
}
