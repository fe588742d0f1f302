using Pipeline.Core.Reading;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Extraction;

/// <summary>Finds the article (and only the article) in one record of a given format.</summary>
public interface IArticleExtractor
{
    DumpFormat Format { get; }

    ExtractedArticle Extract(RawRecord record);
}
