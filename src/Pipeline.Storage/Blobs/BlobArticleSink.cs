using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Output;
using Polly;

namespace Pipeline.Storage.Blobs;

/// <summary>
/// Writes each distinct article to <c>normalized/{id}.json</c>. Only the record that owns the article in the dedup
/// index gets here, and its bytes are deterministic, so an overwrite on replay writes the same bytes.
/// A duplicate's own document goes to <c>duplicates/{canonical id}/{id}-{origin hash}.json</c>: not a search document, but the
/// URL, date and authors it carries (which the canonical may lack) are kept beside the canonical's id. Each
/// duplicate writes only its own blob, so concurrent duplicates of one article never contend.
/// A batch's documents are uploaded <paramref name="concurrency"/> at a time: a round trip each, overlapped.
/// </summary>
public sealed class BlobArticleSink(BlobContainerClient normalized, BlobContainerClient duplicates, ResiliencePipeline resilience, int concurrency) : IArticleSink
{
    private static readonly BlobHttpHeaders Headers = new() { ContentType = "application/json; charset=utf-8" };

    public Task WriteAllAsync(IReadOnlyList<NormalizedArticle> documents, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            documents,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken },
            async (document, ct) => await UploadAsync(document, ct));

    private async Task UploadAsync(NormalizedArticle document, CancellationToken cancellationToken)
    {
        var blob = document.Dedup.Status == DedupInfo.DuplicateStatus
            ? duplicates.GetBlobClient(BlobNames.Duplicate(document.Dedup.DuplicateOf ?? document.Id, document))
            : normalized.GetBlobClient(BlobNames.Document(document.Id));
        var bytes = BinaryData.FromBytes(ArticleDocumentSerializer.Serialize(document));
        await resilience.ExecuteAsync(
            async ct => await blob.UploadAsync(bytes, new BlobUploadOptions { HttpHeaders = Headers }, ct),
            cancellationToken);
    }
}
