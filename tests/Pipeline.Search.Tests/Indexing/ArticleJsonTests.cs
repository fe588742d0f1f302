using System.Text;
using System.Text.Json;
using Pipeline.Search.Indexing;

namespace Pipeline.Search.Tests.Indexing;

public class ArticleJsonTests
{
    [Fact]
    public void Read_TakesTheContractsFields()
    {
        var json = """
            {"schemaVersion":1,"id":"ab12","title":"Title","summary":["One","Two"],"body":"Body text","authors":["A. Writer"],
             "publisher":"Daily","url":"https://x.example/1","publishedAt":"2020-02-16T10:02:00","language":"en","wordCount":2}
            """;
        var article = ArticleJson.Read(Encoding.UTF8.GetBytes(json), "etag1");

        Assert.Equal(new[] { "ab12", "Title", "Body text", "Daily", "https://x.example/1", "2020-02-16T10:02:00", "en", "etag1" },
            new[] { article.Id, article.Title, article.Body, article.Publisher, article.Url, article.PublishedAt, article.Language, article.ETag });
        Assert.Equal(["One", "Two"], article.Summary);
        Assert.Equal(["A. Writer"], article.Authors);
    }

    [Fact]
    public void Read_RefusesJsonWithoutAnId() =>
        Assert.ThrowsAny<JsonException>(() => ArticleJson.Read("{\"title\":\"x\"}"u8, "e"));
}
