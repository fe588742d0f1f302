using System.Text.Json;
using Azure.Storage.Blobs;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Output;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Dedup;
using Pipeline.Storage.Withdrawals;

namespace Pipeline.Storage.Tests.Withdrawals;

/// <summary>The document changes of withdrawals, carried out on Azurite: safe to repeat, never undoing a later change.</summary>
public sealed class WithdrawalExecutorTests
{
    private const string Hash = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    // An article id is its content hash's prefix.
    private const string Id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    [Fact]
    public async Task Removal_OfADocumentALaterChangeReplaced_LeavesItInPlace()
    {
        var (index, executor, normalized, _) = await NewCorpusAsync();
        await index.ClaimAsync(Candidate("x.txt"), CancellationToken.None);
        await Write(normalized, Id + ".json", "x.txt");
        // Meanwhile the document was rewritten from another record (a later claim's host).
        await Write(normalized, Id + ".json", "z.txt");

        await index.WithdrawAsync("raw/x.txt", keepVersion: null, CancellationToken.None);
        var skipped = await executor.ExecutePendingAsync(CancellationToken.None);

        Assert.Empty(skipped);
        Assert.Equal("z.txt", await OriginAsync(normalized, Id + ".json"));
    }

    [Fact]
    public async Task Promotion_WaitsForTheCopysDocument_ThenMakesItTheSearchDocument()
    {
        var (index, executor, normalized, duplicates) = await NewCorpusAsync();
        await index.ClaimAsync(Candidate("x.txt"), CancellationToken.None);
        await index.ClaimAsync(Candidate("y.txt"), CancellationToken.None);
        await Write(normalized, Id + ".json", "x.txt");
        await index.WithdrawAsync("raw/x.txt", keepVersion: null, CancellationToken.None);

        // y's host writes its duplicate document only after the withdrawal has started.
        var executing = executor.ExecutePendingAsync(CancellationToken.None);
        await Task.Delay(1500);
        await Write(duplicates, BlobNames.Duplicate(Id, Id, "raw/y.txt#1"), "y.txt", duplicateOf: Id);
        var skipped = await executing;

        Assert.Empty(skipped);
        Assert.Equal("y.txt", await OriginAsync(normalized, Id + ".json"));
        var promoted = JsonDocument.Parse((await normalized.GetBlobClient(Id + ".json").DownloadContentAsync()).Value.Content.ToString()).RootElement;
        Assert.Equal("unique", promoted.GetProperty("dedup").GetProperty("status").GetString());
        Assert.Empty(await NamesAsync(duplicates));

        // Done is done: running again changes nothing and skips nothing.
        Assert.Empty(await executor.ExecutePendingAsync(CancellationToken.None));
        Assert.Equal("y.txt", await OriginAsync(normalized, Id + ".json"));
    }

    private static async Task<(SharedDedupIndex Index, WithdrawalExecutor Executor, BlobContainerClient Normalized, BlobContainerClient Duplicates)> NewCorpusAsync()
    {
        var claims = await TestStorage.NewContainerAsync("claims");
        var normalized = await TestStorage.NewContainerAsync("normalized");
        var duplicates = await TestStorage.NewContainerAsync("duplicates");
        var index = new SharedDedupIndex(new BlobClaimLog(claims, TestStorage.Resilience), new NearDuplicateOptions());
        var executor = new WithdrawalExecutor(index, claims, normalized, duplicates, TestStorage.Resilience, TimeProvider.System) { MissingDocumentWait = TimeSpan.FromSeconds(20) };
        return (index, executor, normalized, duplicates);
    }

    private static DedupCandidate Candidate(string blob) =>
        new(Id, Hash, new RecordOrigin("raw", blob, "1", "text"), "Too short to sketch.") { Version = "\"0x1\"" };

    private static async Task Write(BlobContainerClient container, string name, string originBlob, string? duplicateOf = null)
    {
        var json = JsonSerializer.Serialize(new
        {
            id = Id,
            origin = new { container = "raw", blob = originBlob, record = "1", format = "text" },
            dedup = new { status = duplicateOf is null ? "unique" : "duplicate", duplicateOf, similarity = duplicateOf is null ? (double?)null : 1.0 },
        });
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(json), overwrite: true);
    }

    private static async Task<string?> OriginAsync(BlobContainerClient container, string name) =>
        JsonDocument.Parse((await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString())
            .RootElement.GetProperty("origin").GetProperty("blob").GetString();

    private static async Task<List<string>> NamesAsync(BlobContainerClient container)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
