using Microsoft.Extensions.Hosting;

namespace Pipeline.LocalHost;

/// <summary>
/// The job host's lifetime without the console lifetime's signal handlers: Program.cs handles SIGINT and SIGTERM
/// itself, across in-process restarts, so one handler decides what a signal does and the log can name it.
/// </summary>
public sealed class HostLifetimeWithoutSignals : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
