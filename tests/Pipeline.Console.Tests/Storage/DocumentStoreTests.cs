using Azure;
using Pipeline.Console.Storage;
using Pipeline.Testing;

namespace Pipeline.Console.Tests.Storage;

public class DocumentStoreTests
{
    [Fact]
    public void Unquoted_GivesAListedAndADownloadedETagTheSameForm() =>
        Assert.Equal(DocumentStore.Unquoted(new ETag("0x8DE2F")), DocumentStore.Unquoted(new ETag("\"0x8DE2F\"")));

    [Theory]
    [InlineData("bc4302a75eac0f4c18b67e7677ba9d16", true)]
    [InlineData("BC4302A75EAC0F4C18B67E7677BA9D16", false)]
    [InlineData("bc4302a75eac0f4c18b67e7677ba9d1", false)]
    [InlineData("../raw/secret", false)]
    [InlineData("", false)]
    public void IsId_AcceptsOnlyTheContractsIds(string id, bool expected) => Assert.Equal(expected, DocumentStore.IsId(id));

    [Fact]
    public async Task List_AContainerBeyondOneFlatPage_ListsEveryDocumentPrefixByPrefix()
    {
        await using var azurite = await TestAzurite.StartPrivateAsync("azurite-console-test-");
        var service = new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString);
        var normalized = service.GetBlobContainerClient("normalized");
        await normalized.CreateIfNotExistsAsync();
        var ids = Enumerable.Range(0, 40).Select(n => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(n)))[..32]).ToList();
        foreach (var id in ids)
        {
            await normalized.GetBlobClient($"{id}.json").UploadAsync(BinaryData.FromString("{}"));
        }

        await normalized.GetBlobClient("notes.txt").UploadAsync(BinaryData.FromString("not a document"));
        var containers = new ConsoleContainers(service.GetBlobContainerClient("raw"), normalized, service.GetBlobContainerClient("duplicates"),
            service.GetBlobContainerClient("ingest-reports"), service.GetBlobContainerClient("quarantine"));

        var flat = await new DocumentStore(containers).ListAsync(CancellationToken.None);
        var byPrefix = await new DocumentStore(containers, flatListingLimit: 10).ListAsync(CancellationToken.None);

        Assert.Equal(ids.Order(), flat.Keys.Order());
        Assert.Equal(flat.OrderBy(d => d.Key), byPrefix.OrderBy(d => d.Key));
    }
}
