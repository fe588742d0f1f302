using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Ingest;

namespace Pipeline.LocalHost;

/// <summary>
/// Runs the <see cref="MissedInputSweeper"/> every <see cref="IngestOptions.SweepInterval"/> (10 s), so an input the
/// polling trigger skipped is still processed and a deleted input's documents are withdrawn.
/// </summary>
public sealed class MissedInputSweepService(MissedInputSweeper sweeper, InFlightInputs inFlight, IOptions<PipelineOptions> options, ILogger<MissedInputSweepService> logger) : BackgroundService
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    private TimeSpan Interval => options.Value.Ingest.SweepInterval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var report in await sweeper.SweepAsync(Grace, stoppingToken, inFlight.Track))
                {
                    if (report.Status == InputStatus.Deleted)
                    {
                        logger.LogInformation("{Blob} was deleted: {Withdrawn} document(s) withdrawn, {Promoted} promoted", report.Input.Name, report.Withdrawal?.Withdrawn.Count ?? 0, report.Withdrawal?.Promoted.Count ?? 0);
                    }
                    else
                    {
                        logger.LogWarning("Swept {Blob} (it had no report for its current version: skipped by the trigger, or cut short by a stop): {Status}", report.Input.Name, report.Status);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // What it was ingesting (named by the in-flight log) has no report for its current version: the next sweep finds it again.
                logger.LogWarning("Stopped during a sweep for missed inputs; the next start sweeps again");
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A storage request the SDK timed out (a TaskCanceledException, not a stop) is one more failure to wait out.
                logger.LogWarning("Sweep for missed inputs failed, retrying in {Interval}: {Error}", Interval, e.Message.Split('\n')[0]);
            }
        }
    }
}
