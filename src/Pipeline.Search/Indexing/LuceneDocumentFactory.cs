using Lucene.Net.Documents;
using Lucene.Net.Util;
using Pipeline.Search.Analysis;

namespace Pipeline.Search.Indexing;

/// <summary>Turns an article into its Lucene document: text analyzed under its language's fields, the rest kept for filters, facets and display.</summary>
internal static class LuceneDocumentFactory
{
    public static Document Create(SearchDocument article)
    {
        var key = LanguageAnalyzers.KeyFor(article.Language);
        var document = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new StoredField(IndexFields.ETag, article.ETag),
            new StoredField(IndexFields.Body, article.Body),
            new TextField(IndexFields.Analyzed(IndexFields.Body, key), article.Body, Field.Store.NO),
        };
        if (article.Title is { } title)
        {
            document.Add(new StoredField(IndexFields.Title, title));
            document.Add(new TextField(IndexFields.Analyzed(IndexFields.Title, key), title, Field.Store.NO));
        }

        foreach (var line in article.Summary)
        {
            document.Add(new TextField(IndexFields.Analyzed(IndexFields.Summary, key), line, Field.Store.NO));
        }

        foreach (var author in article.Authors)
        {
            document.Add(new TextField(IndexFields.Authors, author, Field.Store.NO));
        }

        if (article.Publisher is { } publisher)
        {
            document.Add(new StringField(IndexFields.Publisher, publisher, Field.Store.YES));
            document.Add(new TextField(IndexFields.PublisherText, publisher, Field.Store.NO));
            document.Add(new SortedDocValuesField(IndexFields.PublisherFacet, new BytesRef(publisher)));
        }

        if (article.Language is { } language)
        {
            document.Add(new StringField(IndexFields.Language, language, Field.Store.YES));
            document.Add(new SortedDocValuesField(IndexFields.LanguageFacet, new BytesRef(language)));
        }

        if (article.Url is { } url)
        {
            document.Add(new StoredField(IndexFields.Url, url));
        }

        if (article.PublishedAt is { Length: >= 10 } publishedAt)
        {
            document.Add(new StoredField(IndexFields.PublishedAt, publishedAt));
            document.Add(new StringField(IndexFields.Date, publishedAt[..10], Field.Store.NO));
            document.Add(new SortedDocValuesField(IndexFields.MonthFacet, new BytesRef(publishedAt[..7])));
        }

        return document;
    }
}
