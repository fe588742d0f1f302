using Pipeline.Core.Ingest.Reports;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Pipeline.Storage.Blobs;

namespace Pipeline.Cli.Bench;

/// <summary>
/// Writes documents of output contract v1 (invented news, <see cref="NewsArticleGenerator"/>) into <c>normalized</c> the
/// way the pipeline writes them, and, for a document that stands for a finished input, its report after it, as the
/// pipeline does (a report with the document's record and the metadata the report sink sets).
/// </summary>
public sealed class SearchCorpusWriter(BlobContainerClient normalized, BlobContainerClient reports)
{
    private static readonly string[] Publishers = ["Port Ellery Gazette", "Westbrook Herald", "Lindenau Anzeiger", "Harrow Bay Times", "Millford Courier", "Riverton Post", "Greyhaven Chronicle", "Oakley Observer"];

    public static NormalizedArticle Article(int seed, long n)
    {
        var (title, paragraphs, language) = NewsArticleGenerator.Article(seed, n);
        var random = new Random(StableSeed.Of(seed, n, 2));
        var body = string.Join("\n\n", paragraphs);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var published = new DateTime(2019, 1, 1).AddMinutes(random.Next(6 * 365 * 24 * 60));
        return new NormalizedArticle
        {
            Id = hash[..32],
            Title = title,
            Body = body,
            Publisher = Publishers[random.Next(Publishers.Length)],
            PublishedAt = published.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            Language = language,
            WordCount = body.Split(' ').Length,
            ContentHash = hash,
            Origin = new RecordOrigin("raw", $"bench/{seed}/{n}.json", "1", "json"),
        };
    }

    public async Task WriteDocumentAsync(NormalizedArticle article, CancellationToken cancellationToken) =>
        await normalized.GetBlobClient(BlobNames.Document(article.Id)).UploadAsync(
            BinaryData.FromBytes(ArticleDocumentSerializer.Serialize(article)), overwrite: true, cancellationToken);

    public async Task WriteReportAsync(NormalizedArticle article, CancellationToken cancellationToken)
    {
        var report = new IngestReport
        {
            Input = new InputRef("raw", article.Origin.Blob, "\"0x1\""),
            Status = InputStatus.Processed,
            Format = "json",
            StartedAt = DateTimeOffset.UtcNow,
            Duration = TimeSpan.FromMilliseconds(1),
            Records = [new RecordOutcome("1", RecordStatus.Written, article.Id)],
        };
        await reports.GetBlobClient(BlobNames.Report(article.Origin.Blob)).UploadAsync(
            BinaryData.FromBytes(IngestReportSerializer.Serialize(report)),
            new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string>
                {
                    [BlobReportSink.InputETagKey] = "0x1",
                    [BlobReportSink.StatusKey] = "processed",
                    [BlobReportSink.PlanningKey] = "false",
                },
            },
            cancellationToken);
    }
}
