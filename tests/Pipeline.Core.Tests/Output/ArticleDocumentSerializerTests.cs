using System.Text;
using System.Text.Json;
using Pipeline.Core.Output;

namespace Pipeline.Core.Tests.Output;

public sealed class ArticleDocumentSerializerTests
{
    private static NormalizedArticle Article() => new()
    {
        Id = "0123456789abcdef0123456789abcdef",
        Title = "Ferry returns",
        Summary = ["One bullet"],
        Body = "First paragraph.\n\nSecond paragraph.",
        Authors = ["Ann Lee"],
        Publisher = "Example Daily",
        PublishedAt = "2020-02-16T10:02:00",
        Language = "en",
        WordCount = 4,
        ContentHash = new string('a', 64),
        Origin = new RecordOrigin("raw", "dumps/a.txt", "1", "text"),
    };

    [Fact]
    public void Serialize_WritesContractFieldsInContractOrder()
    {
        using var json = JsonDocument.Parse(ArticleDocumentSerializer.Serialize(Article()));
        Assert.Equal(
            ["schemaVersion", "id", "title", "summary", "body", "authors", "publisher", "url", "publishedAt", "language", "wordCount", "contentHash", "origin", "dedup"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("url").ValueKind);
        Assert.Equal("unique", json.RootElement.GetProperty("dedup").GetProperty("status").GetString());
    }

    [Fact]
    public void Serialize_GivesTheSameBytesEveryTime() =>
        Assert.Equal(ArticleDocumentSerializer.Serialize(Article()), ArticleDocumentSerializer.Serialize(Article() with { }));

    [Fact]
    public void Serialize_KeepsNonAsciiTextReadable()
    {
        var text = Encoding.UTF8.GetString(ArticleDocumentSerializer.Serialize(Article() with { Title = "Moscow’s “slow” response — 中国" }));
        Assert.Contains("Moscow’s “slow” response — 中国", text);
    }

    [Fact]
    public void Serialize_WritesExactlyTheFieldsTheJsonSchemaRequires()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "schemas", "article.v1.schema.json")));
        using var json = JsonDocument.Parse(ArticleDocumentSerializer.Serialize(Article() with { Dedup = DedupInfo.DuplicateOfId("x", 0.9) }));
        Assert.Equal(Names(schema.RootElement.GetProperty("required")), json.RootElement.EnumerateObject().Select(p => p.Name).Order());
        foreach (var nested in new[] { "origin", "dedup" })
        {
            Assert.Equal(
                Names(schema.RootElement.GetProperty("properties").GetProperty(nested).GetProperty("required")),
                json.RootElement.GetProperty(nested).EnumerateObject().Select(p => p.Name).Order());
        }
    }

    private static IEnumerable<string> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).Order();
}
