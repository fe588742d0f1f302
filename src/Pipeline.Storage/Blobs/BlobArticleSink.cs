using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Output;
using Polly;

namespace Pipeline.Storage.Blobs;

/// <summary>
/// Writes each distinct article to <c>normalized/{id}.json</c>. Only the record that owns the article in the dedup
/// index gets here, and its bytes are deterministic, so an overwrite on replay writes the same bytes.
/// </summary>
public sealed class BlobArticleSink(BlobContainerClient normalized, ResiliencePipeline resilience) : IArticleSink
{
    private static readonly BlobHttpHeaders Headers = new() { ContentType = "application/json; charset=utf-8" };

    public async Task WriteAsync(NormalizedArticle article, CancellationToken cancellationToken)
    {
        var bytes = BinaryData.FromBytes(ArticleDocumentSerializer.Serialize(article));
        var blob = normalized.GetBlobClient(BlobNames.Document(article.Id));
        await resilience.ExecuteAsync(
            async ct => await blob.UploadAsync(bytes, new BlobUploadOptions { HttpHeaders = Headers }, ct),
            cancellationToken);
    }

    /// <summary>Duplicates are not search documents; their report entry names the canonical.</summary>
    public Task RecordDuplicateAsync(NormalizedArticle duplicate, CancellationToken cancellationToken) => Task.CompletedTask;
}
