using Pipeline.Tooling.Hosts;

namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>Waits on a condition while local hosts work, giving up early when one of them exits.</summary>
public static class HostWait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, params HostProcess[] hosts)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (hosts.Any(h => h.HasExited) || DateTime.UtcNow > deadline)
            {
                var state = string.Join(", ", hosts.Select(h => h.HasExited ? "exited" : "running"));
                throw new TimeoutException($"condition not met within {timeout} (local hosts: {state})\n{string.Join("\n----\n", hosts.Select(h => h.Output))}");
            }

            await Task.Delay(200);
        }
    }
}
