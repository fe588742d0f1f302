using System.Text.Json;

namespace Pipeline.Infra.Tests.Functions;

/// <summary>The function app's host.json (repository root) keeps the behaviour the README promises.</summary>
public sealed class HostJsonTests
{
    private static readonly JsonElement Host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json"))).RootElement;

    [Fact]
    public void HostJson_PoisonsABlobAfterFiveTries_AsTheLocalHostDoes()
    {
        Assert.Equal("2.0", Host.GetProperty("version").GetString());
        Assert.Equal(5, Host.GetProperty("extensions").GetProperty("blobs").GetProperty("poisonBlobThreshold").GetInt32());
    }

    [Fact]
    public void HostJson_KeepsEveryInvocationAndExceptionOutOfSampling()
    {
        var excluded = Host.GetProperty("logging").GetProperty("applicationInsights").GetProperty("samplingSettings").GetProperty("excludedTypes").GetString()!;
        Assert.Contains("Request", excluded.Split(';'));
        Assert.Contains("Exception", excluded.Split(';'));
    }

    [Fact]
    public void HostJson_TakesTwoChunksAtATimeAndPoisonsAChunkAfterFiveTries()
    {
        var queues = Host.GetProperty("extensions").GetProperty("queues");
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal(2, queues.GetProperty("batchSize").GetInt32() + queues.GetProperty("newBatchThreshold").GetInt32());
    }
}
