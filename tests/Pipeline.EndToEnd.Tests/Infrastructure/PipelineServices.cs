using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>The hosts' own wiring (<see cref="PipelineServiceCollectionExtensions.AddArticlePipeline"/>) pointed at a test account.</summary>
public static class PipelineServices
{
    public static ServiceProvider Build(string connectionString, StorageOptions options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Pipeline:Storage:RawContainer"] = options.RawContainer,
            ["Pipeline:Storage:NormalizedContainer"] = options.NormalizedContainer,
            ["Pipeline:Storage:ReportsContainer"] = options.ReportsContainer,
            ["Pipeline:Storage:QuarantineContainer"] = options.QuarantineContainer,
            ["Pipeline:Storage:DedupTable"] = options.DedupTable,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddArticlePipeline(configuration);
        return services.BuildServiceProvider();
    }
}
