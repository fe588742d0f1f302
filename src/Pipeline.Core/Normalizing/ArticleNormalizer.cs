using Pipeline.Core.Extraction;
using Pipeline.Core.Output;
using Pipeline.Core.Text;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Normalizing;

/// <summary>The one place a cleaned article becomes a contract-v1 document with its id, hash, word count and language.</summary>
public sealed class ArticleNormalizer(ILanguageDetector languageDetector)
{
    public const string ParagraphSeparator = "\n\n";

    /// <summary>Builds the document, or returns null when there is no article text to index.</summary>
    public NormalizedArticle? Normalize(ExtractedArticle article, RecordOrigin origin)
    {
        if (article.Paragraphs.Count == 0)
        {
            return null;
        }

        var body = string.Join(ParagraphSeparator, article.Paragraphs);
        var contentHash = ContentFingerprint.Compute(body);
        return new NormalizedArticle
        {
            Id = ContentFingerprint.ToArticleId(contentHash),
            Title = article.Title,
            Summary = article.Summary,
            Body = body,
            Authors = article.Authors,
            Publisher = article.Publisher,
            Url = article.Url,
            PublishedAt = article.PublishedAt,
            Language = languageDetector.Detect(body, article.Language) ?? article.Language,
            WordCount = WordTokenizer.Count(body),
            ContentHash = contentHash,
            Origin = origin,
        };
    }
}
