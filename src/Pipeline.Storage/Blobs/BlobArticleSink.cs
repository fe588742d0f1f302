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
/// </summary>
public sealed class BlobArticleSink(BlobContainerClient normalized, BlobContainerClient duplicates, ResiliencePipeline resilience) : IArticleSink
{
    private static readonly BlobHttpHeaders Headers = new() { ContentType = "application/json; charset=utf-8" };

    public Task WriteAsync(NormalizedArticle article, CancellationToken cancellationToken) =>
        UploadAsync(normalized.GetBlobClient(BlobNames.Document(article.Id)), article, cancellationToken);

    public Task RecordDuplicateAsync(NormalizedArticle duplicate, CancellationToken cancellationToken) =>
        UploadAsync(duplicates.GetBlobClient(BlobNames.Duplicate(duplicate.Dedup.DuplicateOf ?? duplicate.Id, duplicate)), duplicate, cancellationToken);

    private async Task UploadAsync(BlobClient blob, NormalizedArticle article, CancellationToken cancellationToken)
    {
        var bytes = BinaryData.FromBytes(ArticleDocumentSerializer.Serialize(article));
        await resilience.ExecuteAsync(
            async ct => await blob.UploadAsync(bytes, new BlobUploadOptions { HttpHeaders = Headers }, ct),
            cancellationToken);
    }
}
