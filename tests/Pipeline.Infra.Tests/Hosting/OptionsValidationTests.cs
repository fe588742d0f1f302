using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Hosting;

namespace Pipeline.Infra.Tests.Hosting;

/// <summary>The hosts' options are checked when they start: a bad setting is refused, and the refusal names it.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Pipeline:Dedup:Bands", "0")]
    [InlineData("Pipeline:Dedup:RowsPerBand", "0")]
    [InlineData("Pipeline:Dedup:Threshold", "0")]
    [InlineData("Pipeline:Dedup:Threshold", "1.5")]
    [InlineData("Pipeline:Reader:MaxRecordTime", "00:00:00")]
    [InlineData("Pipeline:Reader:MaxRecordTime", "-00:00:01")]
    [InlineData("Pipeline:Reader:MaxInputBytes", "0")]
    [InlineData("Pipeline:Ingest:ChunkRecords", "0")]
    [InlineData("Pipeline:Ingest:WriteConcurrency", "0")]
    public void PipelineOptions_AnOutOfRangeSetting_IsRefusedByName(string setting, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options<PipelineOptions>((setting, value)));

        Assert.Contains(setting, error.Message);
    }

    [Theory]
    [InlineData("Pipeline:Storage:RawContainer", "Raw")]
    [InlineData("Pipeline:Storage:WorkContainer", "ab")]
    [InlineData("Pipeline:Storage:ReportsContainer", "reports--2026")]
    [InlineData("Pipeline:Storage:ClaimLogContainer", "claims_log")]
    public void StorageOptions_AContainerNameAzureRefuses_IsRefusedByName(string setting, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options<StorageOptions>((setting, value)));

        Assert.Contains(setting, error.Message);
    }

    [Fact]
    public void Options_TheDefaults_AreAccepted()
    {
        Assert.Equal(25, Options<PipelineOptions>().Dedup.Bands);
        Assert.Equal("raw", Options<StorageOptions>().RawContainer);
    }

    private static T Options<T>(params (string Key, string Value)[] settings) where T : class
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)).Append(new("AzureWebJobsStorage", "UseDevelopmentStorage=true")))
            .Build();
        using var services = new ServiceCollection().AddArticlePipeline(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<T>>().Value;
    }
}
