using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingest;

namespace Pipeline.LocalHost;

/// <summary>Runs the <see cref="MissedInputSweeper"/> every 30 s, so an input the polling trigger skipped is still processed.</summary>
public sealed class MissedInputSweepService(MissedInputSweeper sweeper, InFlightInputs inFlight, ILogger<MissedInputSweepService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var report in await sweeper.SweepAsync(Grace, stoppingToken, inFlight.Track))
                {
                    logger.LogWarning("Swept {Blob} (it had no report for its current version: skipped by the trigger, or cut short by a stop): {Status}", report.Input.Name, report.Status);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // What it was ingesting (named by the in-flight log) has no report for its current version: the next sweep finds it again.
                logger.LogWarning("Stopped during a sweep for missed inputs; the next start sweeps again");
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Sweep for missed inputs failed, retrying in {Interval}: {Error}", Interval, e.Message);
            }
        }
    }
}
