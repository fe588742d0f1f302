using System.Text.Json;

namespace Pipeline.Infra.Tests.Functions;

/// <summary>The function app's host.json (repository root) keeps the behaviour the README promises.</summary>
public sealed class HostJsonTests
{
    private static readonly JsonElement Host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json"))).RootElement;

    [Fact]
    public void A_blob_becomes_poison_after_five_tries_as_on_the_local_host()
    {
        Assert.Equal("2.0", Host.GetProperty("version").GetString());
        Assert.Equal(5, Host.GetProperty("extensions").GetProperty("blobs").GetProperty("poisonBlobThreshold").GetInt32());
    }

    [Fact]
    public void Every_invocation_and_exception_escapes_sampling()
    {
        var excluded = Host.GetProperty("logging").GetProperty("applicationInsights").GetProperty("samplingSettings").GetProperty("excludedTypes").GetString()!;
        Assert.Contains("Request", excluded.Split(';'));
        Assert.Contains("Exception", excluded.Split(';'));
    }
}
