using System.Text.Json;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Reading;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Extraction.Json;

/// <summary>
/// An article from one JSON record (a crawler's or reader app's export), fields found through <see cref="JsonFieldMapping"/>.
/// With text, the text is the article (paragraphs on blank lines), minus the paragraphs <see cref="ParagraphRules"/> call boilerplate. With HTML and no text, the HTML goes through the
/// HTML extractor and the record's own fields override what the page says, where the record has them.
/// </summary>
public sealed class JsonArticleExtractor(JsonFieldMapping fields, HtmlArticleExtractor html, int maxDepth = 64) : IArticleExtractor
{
    public DumpFormat Format => DumpFormat.Json;

    public ExtractedArticle Extract(RawRecord record)
    {
        using var document = JsonDocument.Parse(record.Content, new JsonDocumentOptions { MaxDepth = maxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new UnsupportedFormatException("not an article: the JSON record is not an object");
        }

        var reader = new JsonFieldReader(document.RootElement);
        var summary = reader.Text(fields.SummaryNames);
        var mapped = new ExtractedArticle
        {
            Title = reader.Text(fields.TitleNames),
            Summary = summary is null ? [] : [summary],
            Authors = reader.Authors(fields.AuthorsNames),
            Publisher = reader.Text(fields.PublisherNames),
            Url = reader.Text(fields.UrlNames) ?? record.Url,
            PublishedAt = reader.Date(fields.PublishedAtNames),
            Language = LanguageCodeNormalizer.Normalize(reader.Text(fields.LanguageNames)),
        };

        if (reader.Text(fields.TextNames) is { } text)
        {
            // A crawler's text field holds whatever the page showed around the story: it is cleaned as dumps and pages are.
            // A record whose every paragraph looks like boilerplate keeps them: its text is all it has.
            var paragraphs = ParagraphSplitter.Split(text);
            var removed = new List<RemovedText>();
            var cleaned = BoilerplateParagraphFilter.Drop(paragraphs, removed);
            return cleaned.Count > 0 ? mapped with { Paragraphs = cleaned, Removed = removed } : mapped with { Paragraphs = paragraphs };
        }

        if (reader.Text(fields.HtmlNames) is { } page)
        {
            var fromPage = html.Extract(new RawRecord(record.Key, DumpFormat.Html, page, mapped.Url));
            return new ExtractedArticle
            {
                Title = mapped.Title ?? fromPage.Title,
                Summary = mapped.Summary.Count > 0 ? mapped.Summary : fromPage.Summary,
                Paragraphs = fromPage.Paragraphs,
                Authors = mapped.Authors.Count > 0 ? mapped.Authors : fromPage.Authors,
                Publisher = mapped.Publisher ?? fromPage.Publisher,
                Url = mapped.Url ?? fromPage.Url,
                PublishedAt = mapped.PublishedAt ?? fromPage.PublishedAt,
                Language = mapped.Language ?? fromPage.Language,
                Removed = fromPage.Removed,
            };
        }

        throw new UnsupportedFormatException(
            $"no article text: the JSON record has no text field ({string.Join(", ", fields.TextNames)}) and no HTML field ({string.Join(", ", fields.HtmlNames)})");
    }
}
