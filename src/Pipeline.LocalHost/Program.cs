using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Hosting;

// The local host: the WebJobs SDK blob-trigger listener (the one the Functions host runs: scan, receipts,
// poison queue) over the same pipeline wiring as the function app. Needs no Azure Functions Core Tools.
var host = Host.CreateDefaultBuilder(args)
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
    })
    .ConfigureServices((context, services) =>
    {
        services.AddArticlePipeline(context.Configuration);
        // A blob in flight is retried from its receipt on the next start, so a short grace period loses nothing.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
    })
    .Build();

await host.RunAsync();
