using Pipeline.Tooling.Azurite;
using Pipeline.Tooling.Repository;
using Xunit;

namespace Pipeline.Tooling.Tests.Azurite;

public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task StartAsync_InACheckoutWithoutNpmCi_SaysToRunNpmCi()
    {
        var root = Directory.CreateTempSubdirectory("pipeline-no-node-modules-").FullName;
        try
        {
            var e = await Assert.ThrowsAsync<MissingRepositoryPartException>(() => AzuriteProcess.StartAsync(new RepositoryLayout(root)));

            Assert.Contains("npm ci", e.Message);
            Assert.Equal(new RepositoryLayout(root).Azurite, e.Path);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
