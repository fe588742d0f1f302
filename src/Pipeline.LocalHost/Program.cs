using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.LocalHost;
using Pipeline.Storage.Hosting;

// The local host: the WebJobs SDK blob-trigger listener (the one the Functions host runs: scan, receipts,
// poison queue) over the same pipeline wiring as the function app. Needs no Azure Functions Core Tools.
// A listener failure (ListenerFailureHandler) restarts the job host in this process instead of killing it.
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stopping.Cancel();

while (!stopping.IsCancellationRequested)
{
    var restart = new HostRestartSignal();
    using var host = Build(args, restart);
    await host.StartAsync(CancellationToken.None);
    // Ctrl-C or SIGTERM: either our handler or the host's own console lifetime may see it first.
    var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
    using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token, lifetime.ApplicationStopping);
    var stopped = Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    var first = await Task.WhenAny(restart.Requested, stopped);
    await host.StopAsync(CancellationToken.None);
    if (first == stopped)
    {
        stopping.Cancel();
        break;
    }

    host.Services.GetRequiredService<ILogger<HostRestartSignal>>().LogWarning("Job host restarted after: {Reason}", restart.Requested.Result.Message);
}

static IHost Build(string[] args, HostRestartSignal restart) => Host.CreateDefaultBuilder(args)
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
        services.AddSingleton(restart);
        services.AddSingleton<IWebJobsExceptionHandler, ListenerFailureHandler>();
        services.AddHostedService<MissedInputSweepService>();

        // A blob in flight is retried from its receipt on the next start, so a short grace period loses nothing.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
    })
    .Build();
