using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Extraction.Json;
using Pipeline.Core.Extraction.Text;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Ingest;

/// <summary>The pure stages every host wires the same way: reader, extractors for each format, normalizer; and how inputs are chunked.</summary>
public sealed record CoreStages(DumpReader Reader, RecordExtractor Extractor, ArticleNormalizer Normalizer, IngestOptions Ingest)
{
    public static CoreStages Create(PipelineOptions options)
    {
        var html = new HtmlArticleExtractor();
        return new(
            new DumpReader(options.Reader),
            new RecordExtractor([new TextDumpExtractor(), html, new JsonArticleExtractor(options.JsonFields, html, options.Reader.MaxJsonDepth)]),
            new ArticleNormalizer(TieredLanguageDetector.Default()),
            options.Ingest);
    }
}
