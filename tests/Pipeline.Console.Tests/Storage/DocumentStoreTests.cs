using Azure;
using Pipeline.Console.Storage;

namespace Pipeline.Console.Tests.Storage;

public class DocumentStoreTests
{
    [Fact]
    public void Unquoted_GivesAListedAndADownloadedETagTheSameForm() =>
        Assert.Equal(DocumentStore.Unquoted(new ETag("0x8DE2F")), DocumentStore.Unquoted(new ETag("\"0x8DE2F\"")));

    [Theory]
    [InlineData("bc4302a75eac0f4c18b67e7677ba9d16", true)]
    [InlineData("../raw/secret", false)]
    [InlineData("", false)]
    public void IsId_AcceptsOnlyTheContractsIds(string id, bool expected) => Assert.Equal(expected, DocumentStore.IsId(id));
}
