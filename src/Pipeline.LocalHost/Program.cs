using System.Runtime.InteropServices;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Ingest;
using Pipeline.LocalHost;
using Pipeline.Storage.Hosting;

// The local host: the WebJobs SDK blob-trigger listener (the one the Functions host runs: scan, receipts,
// poison queue) over the same pipeline wiring as the function app. Needs no Azure Functions Core Tools.
// A listener failure (ListenerFailureHandler) restarts the job host in this process instead of killing it.
// Ctrl-C (SIGINT) and SIGTERM stop it cleanly: the inputs in flight are named, cut short, and ingested again after
// the next start (they have no report for their current version, which the missed-input sweep looks for).

// Never disposed: a signal can still arrive while the process exits (a disposed source made every stop end in
// ObjectDisposedException).
var stopping = new CancellationTokenSource();
PosixSignal? received = null;
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);
var inFlight = new InFlightInputs();
var startRetryDelay = TimeSpan.FromSeconds(10);

// The copy of the corpus belongs to the process, not to one job host: a job host restarted after a storage outage
// catches up from the claim log where it stopped, instead of reading the whole log again while the old copy waits to
// be collected (twice the corpus in memory for a while).
using var corpusCopy = new CorpusCopy();

while (!stopping.IsCancellationRequested)
{
    var restart = new HostRestartSignal();
    var host = Build(args, restart, inFlight, corpusCopy);
    try
    {
        try
        {
            await host.StartAsync(CancellationToken.None);
        }
        catch (OptionsValidationException invalid)
        {
            // Settings are validated at start: say which one is wrong, in one line, and exit at once.
            Console.Error.WriteLine($"Invalid setting: {string.Join("; ", invalid.Failures)}");
            return 2;
        }
        catch (Exception e) when (JobHostStartFailure.IsStorageNotAnswering(e))
        {
            // Storage not answering as the job host starts (an outage, Azurite busy with its own garbage collection):
            // wait and start a fresh one, as after a listener failure.
            Console.Error.WriteLine($"warn: the job host could not start, storage did not answer; trying again in {startRetryDelay.TotalSeconds:0} s: {e.GetType().Name}");
            await StoppingHost.StopAfterFailedStartAsync(host, Console.Error);
            await Task.Delay(startRetryDelay, stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            continue;
        }

        // A signal, or the host stopping itself (a hosted service's failure stops it).
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token, lifetime.ApplicationStopping);
        var stopped = Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        var first = await Task.WhenAny(restart.Requested, stopped);
        var action = first != stopped ? "Restarting the job host" : received is { } signal ? $"Stopping on {signal}" : "Stopping (the job host stopped itself)";
        LogInFlight(host.Services.GetRequiredService<ILogger<InFlightInputs>>(), action, inFlight.Names);
        await StoppingHost.StopAsync(host, Console.Error);
        if (first == stopped)
        {
            break;
        }

        host.Services.GetRequiredService<ILogger<HostRestartSignal>>().LogWarning("Job host restarted after: {Reason}", restart.Requested.Result.Message);
    }
    finally
    {
        StoppedHostDisposal.Dispose(host, Console.Error);
    }
}

return 0;

void RequestStop(PosixSignalContext context)
{
    context.Cancel = true;
    received ??= context.Signal;
    stopping.Cancel();
}

static void LogInFlight(ILogger logger, string action, IReadOnlyList<string> inputs)
{
    if (inputs.Count == 0)
    {
        logger.LogInformation("{Action}; no input in flight", action);
        return;
    }

    logger.LogWarning("{Action}; {Count} input(s) in flight, each ingested again from its first record after the next start: {Inputs}", action, inputs.Count, string.Join(", ", inputs));
}

static IHost Build(string[] args, HostRestartSignal restart, InFlightInputs inFlight, CorpusCopy corpusCopy) => Host.CreateDefaultBuilder(args)
    .UseContentRoot(AppContext.BaseDirectory)
    .ConfigureLogging(logging => logging.AddSimpleConsole(console =>
    {
        console.SingleLine = true;
        console.TimestampFormat = "HH:mm:ss ";
    }))
    .ConfigureWebJobs(webJobs =>
    {
        // One host id for every instance, so several local hosts share receipts and split the work like scaled-out instances.
        webJobs.UseHostId("article-pipeline-local");
        webJobs.AddAzureStorageCoreServices();
        webJobs.AddAzureStorageBlobs(blobs => blobs.PoisonBlobThreshold = 5);

        // Poll often enough that a queued chunk (or a failed input on the poison queue) is picked up within seconds.
        // Two chunks at a time: one can be extracting (CPU) while the other waits on uploads; more instances add more.
        webJobs.AddAzureStorageQueues(queues =>
        {
            queues.MaxPollingInterval = TimeSpan.FromSeconds(2);
            queues.BatchSize = 1;
            queues.NewBatchThreshold = 1;
            queues.MaxDequeueCount = 5;
        });
    })
    .ConfigureServices((context, services) =>
    {
        services.AddArticlePipeline(context.Configuration);
        services.AddSingleton(sp => new SharedDedupIndex(
            sp.GetRequiredService<IClaimLog>(), sp.GetRequiredService<IOptions<PipelineOptions>>().Value.Dedup, corpusCopy));
        services.AddSingleton(restart);
        services.AddSingleton(inFlight);
        services.AddSingleton<IHostLifetime, HostLifetimeWithoutSignals>();
        services.AddSingleton<IWebJobsExceptionHandler, ListenerFailureHandler>();
        services.AddHostedService<MissedInputSweepService>();

        // A blob in flight is cut short and ingested again after the next start, so a short grace period loses nothing.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
    })
    .Build();
