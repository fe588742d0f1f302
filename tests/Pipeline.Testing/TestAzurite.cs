using Pipeline.Tooling.Azurite;

namespace Pipeline.Testing;

/// <summary>
/// The tests' Azurite accounts: the one test.sh started, shared by tests that keep to containers of their own, and
/// private ones on free ports for tests of hosts (a fresh account, so WebJobs receipts and queues of other tests can't interfere).
/// </summary>
public static class TestAzurite
{
    /// <summary>The Azurite test.sh started (PIPELINE_TEST_STORAGE).</summary>
    public static string SharedConnectionString =>
        Environment.GetEnvironmentVariable("PIPELINE_TEST_STORAGE")
        ?? throw new InvalidOperationException("PIPELINE_TEST_STORAGE is not set: run the tests with ./test.sh, which starts Azurite.");

    /// <summary>A private Azurite on disk, its data in a temporary folder named after <paramref name="dataFolderPrefix"/>.</summary>
    public static Task<AzuriteProcess> StartPrivateAsync(string dataFolderPrefix = "azurite-test-") =>
        AzuriteProcess.StartAsync(RepositoryPaths.Layout, dataFolderPrefix: dataFolderPrefix);
}
