using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Dedup;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Dedup;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Resilience;
using Polly;

namespace Pipeline.Storage.Hosting;

/// <summary>The one wiring of the pipeline over Azure Storage, shared by the function app and the local host.</summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddArticlePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PipelineOptions>(configuration.GetSection(PipelineOptions.SectionName));
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => StorageResilience.Create(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => StorageConnection.Read(configuration, Options(sp).Connection));
        services.AddSingleton(sp => StorageClientFactory.CreateBlobService(sp.GetRequiredService<StorageConnection>()));
        services.AddSingleton(sp => StorageClientFactory.CreateTableService(sp.GetRequiredService<StorageConnection>()));
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton(sp => CoreStages.Create(sp.GetRequiredService<IOptions<PipelineOptions>>().Value));
        services.AddSingleton<IDedupIndex>(sp =>
        {
            var table = sp.GetRequiredService<TableServiceClient>().GetTableClient(Options(sp).DedupTable);
            var resilience = sp.GetRequiredService<ResiliencePipeline>();
            var dedup = sp.GetRequiredService<IOptions<PipelineOptions>>().Value.Dedup;
            return new NearDuplicateIndex(new TableDedupIndex(table, resilience), new TableNearDuplicateStore(table, resilience), new NearDuplicateSketcher(dedup));
        });
        services.AddSingleton<IArticleSink>(sp => new BlobArticleSink(
            Container(sp, Options(sp).NormalizedContainer), Container(sp, Options(sp).DuplicatesContainer), sp.GetRequiredService<ResiliencePipeline>()));
        services.AddSingleton<IReportSink>(sp => new BlobReportSink(Container(sp, Options(sp).ReportsContainer), sp.GetRequiredService<ResiliencePipeline>()));
        services.AddSingleton<IQuarantine>(sp => new BlobQuarantine(
            Container(sp, Options(sp).RawContainer), Container(sp, Options(sp).QuarantineContainer), sp.GetRequiredService<ResiliencePipeline>()));
        services.AddSingleton<IngestService>();
        services.AddSingleton<RawBlobProcessor>();
        services.AddSingleton(sp => new MissedInputSweeper(
            Container(sp, Options(sp).RawContainer), Container(sp, Options(sp).ReportsContainer), sp.GetRequiredService<RawBlobProcessor>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FailedInputQuarantiner(
            sp.GetRequiredService<IQuarantine>(), sp.GetRequiredService<IReportSink>(), Container(sp, Options(sp).ReportsContainer),
            sp.GetRequiredService<ResiliencePipeline>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static StorageOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static BlobContainerClient Container(IServiceProvider sp, string name) => sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(name);
}
