using Pipeline.Core.Cleaning;
using Pipeline.Core.Reading;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Extraction;

/// <summary>Extract + clean for one record: picks the extractor for the record's format and cleans what it found.</summary>
public sealed class RecordExtractor(IEnumerable<IArticleExtractor> extractors)
{
    private readonly Dictionary<DumpFormat, IArticleExtractor> byFormat = extractors.ToDictionary(e => e.Format);

    public ExtractedArticle Extract(RawRecord record)
    {
        if (!byFormat.TryGetValue(record.Format, out var extractor))
        {
            throw new UnsupportedFormatException($"no extractor for format '{record.Format.ToString().ToLowerInvariant()}'");
        }

        var extracted = extractor.Extract(record);
        return ArticleCleaner.Clean(extracted with { Url = extracted.Url ?? record.Url });
    }
}
