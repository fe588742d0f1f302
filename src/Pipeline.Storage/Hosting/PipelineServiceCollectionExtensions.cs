using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Output;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Dedup;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Resilience;
using Pipeline.Storage.Withdrawals;
using Polly;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Storage.Hosting;

/// <summary>The one wiring of the pipeline over Azure Storage, shared by the function app and the local host.</summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddArticlePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked when the host starts: a bad setting stops it at once, with the setting's name.
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidation>();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => StorageResilience.Create(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => StorageConnection.Read(configuration, Storage(sp).Connection));
        services.AddSingleton(sp => StorageClientFactory.CreateBlobService(sp.GetRequiredService<StorageConnection>()));
        services.AddSingleton(sp => StorageClientFactory.CreateQueueService(sp.GetRequiredService<StorageConnection>()));
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton(sp => CoreStages.Create(Pipeline(sp)));

        // Dedup: this host's copy of the corpus's claims, kept in step with the claim log every host appends to.
        services.AddSingleton<IClaimLog>(sp => new BlobClaimLog(Container(sp, Storage(sp).ClaimLogContainer), Resilience(sp)));
        services.AddSingleton(sp => new SharedDedupIndex(sp.GetRequiredService<IClaimLog>(), Pipeline(sp).Dedup));
        services.AddSingleton<IDedupIndex>(sp => sp.GetRequiredService<SharedDedupIndex>());

        // Overwritten and deleted inputs: withdrawals go through the claim log, their document changes run in log order.
        services.AddSingleton(sp => new WithdrawalExecutor(
            sp.GetRequiredService<SharedDedupIndex>(), Container(sp, Storage(sp).ClaimLogContainer), Container(sp, Storage(sp).NormalizedContainer),
            Container(sp, Storage(sp).DuplicatesContainer), Resilience(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDocumentWithdrawals>(sp => new BlobDocumentWithdrawals(
            sp.GetRequiredService<SharedDedupIndex>(), sp.GetRequiredService<WithdrawalExecutor>(), sp.GetRequiredService<BlobServiceClient>(), Resilience(sp),
            sp.GetService<ILogger<BlobDocumentWithdrawals>>() ?? NullLogger<BlobDocumentWithdrawals>.Instance));
        services.AddSingleton(sp => new DeletedInputProcessor(
            Container(sp, Storage(sp).RawContainer), sp.GetRequiredService<BlobReportSink>(), sp.GetRequiredService<IDocumentWithdrawals>(), Resilience(sp), sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<IArticleSink>(sp => new BlobArticleSink(
            Container(sp, Storage(sp).NormalizedContainer), Container(sp, Storage(sp).DuplicatesContainer), Resilience(sp), Pipeline(sp).Ingest.WriteConcurrency));
        services.AddSingleton(sp => new BlobReportSink(Container(sp, Storage(sp).ReportsContainer), Resilience(sp)));
        services.AddSingleton<IReportSink>(sp => sp.GetRequiredService<BlobReportSink>());
        services.AddSingleton<IQuarantine>(sp => new BlobQuarantine(Container(sp, Storage(sp).RawContainer), Container(sp, Storage(sp).QuarantineContainer), Resilience(sp)));
        services.AddSingleton<IngestService>();

        // Big inputs: chunks in the work container, tickets on the chunk queue, progress in the input's report.
        services.AddSingleton(sp => new ChunkWorkStore(Container(sp, Storage(sp).WorkContainer), Resilience(sp)));
        services.AddSingleton(sp => new ReportAssembler(
            sp.GetRequiredService<BlobReportSink>(), sp.GetRequiredService<ChunkWorkStore>(), Pipeline(sp).Reader, sp.GetRequiredService<IDocumentWithdrawals>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<InputProgress>();
        services.AddSingleton(sp => new ChunkQueue(sp.GetRequiredService<QueueServiceClient>().GetQueueClient(ChunkTicket.Queue), Resilience(sp)));
        services.AddSingleton<IChunkDispatcher>(sp => new ChunkFanOut(
            sp.GetRequiredService<ChunkWorkStore>(), sp.GetRequiredService<ChunkQueue>(), sp.GetRequiredService<InputProgress>(), Pipeline(sp).Ingest));
        services.AddSingleton<RawBlobProcessor>();
        services.AddSingleton<ChunkProcessor>();
        services.AddSingleton<FailedChunkHandler>();

        services.AddSingleton(sp => new MissedInputSweeper(
            Container(sp, Storage(sp).RawContainer), Container(sp, Storage(sp).ReportsContainer), sp.GetRequiredService<RawBlobProcessor>(),
            sp.GetRequiredService<DeletedInputProcessor>(), sp.GetRequiredService<ChunkQueue>(), Pipeline(sp).Ingest.StaleAfter, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FailedInputQuarantiner(
            sp.GetRequiredService<IQuarantine>(), sp.GetRequiredService<IReportSink>(), Container(sp, Storage(sp).ReportsContainer), Resilience(sp), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static StorageOptions Storage(IServiceProvider sp) => sp.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static PipelineOptions Pipeline(IServiceProvider sp) => sp.GetRequiredService<IOptions<PipelineOptions>>().Value;

    private static ResiliencePipeline Resilience(IServiceProvider sp) => sp.GetRequiredService<ResiliencePipeline>();

    private static BlobContainerClient Container(IServiceProvider sp, string name) => sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(name);
}
