using Pipeline.Search.Indexing;

namespace Pipeline.Search.Tests;

/// <summary>Hand-made articles for the index tests.</summary>
internal static class Articles
{
    public static SearchDocument Make(string id, string? title, string body, string? language = "en", string? publisher = null, string? publishedAt = null, string etag = "v1") =>
        new(id, etag, title, [], body, [], publisher, $"https://example.com/{id}", publishedAt, language);

    public static ArticleIndex IndexOf(params SearchDocument[] articles)
    {
        var index = ArticleIndex.InMemory();
        foreach (var article in articles)
        {
            index.Upsert(article);
        }

        index.Refresh();
        return index;
    }
}
