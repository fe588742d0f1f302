using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>The hosts' own wiring (<see cref="PipelineServiceCollectionExtensions.AddArticlePipeline"/>) pointed at a test account.</summary>
public static class PipelineServices
{
    public static ServiceProvider Build(string connectionString, StorageOptions options, IDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddArticlePipeline(Configuration(connectionString, options, settings));
        return services.BuildServiceProvider();
    }

    /// <summary>The settings a host would read: the connection, the isolated container names, and any extra settings.</summary>
    public static IConfiguration Configuration(string connectionString, StorageOptions options, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Pipeline:Storage:RawContainer"] = options.RawContainer,
            ["Pipeline:Storage:NormalizedContainer"] = options.NormalizedContainer,
            ["Pipeline:Storage:DuplicatesContainer"] = options.DuplicatesContainer,
            ["Pipeline:Storage:ReportsContainer"] = options.ReportsContainer,
            ["Pipeline:Storage:QuarantineContainer"] = options.QuarantineContainer,
            ["Pipeline:Storage:ClaimLogContainer"] = options.ClaimLogContainer,
            ["Pipeline:Storage:WorkContainer"] = options.WorkContainer,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
