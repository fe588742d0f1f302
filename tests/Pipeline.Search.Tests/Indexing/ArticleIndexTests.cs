using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;

namespace Pipeline.Search.Tests.Indexing;

public class ArticleIndexTests
{
    [Fact]
    public void Upsert_ReplacesTheDocumentWithTheSameId()
    {
        using var index = Articles.IndexOf(Articles.Make("a", "Old title", "the harbour was closed"));
        index.Upsert(Articles.Make("a", "New title", "the bridge was opened", etag: "v2"));
        index.Refresh();

        Assert.Equal(1, index.Count);
        Assert.Equal(0, index.Search(new SearchRequest("harbour")).Total);
        Assert.Equal("New title", Assert.Single(index.Search(new SearchRequest("bridge")).Hits).Title);
        Assert.Equal("v2", index.Versions()["a"]);
    }

    [Fact]
    public void Delete_MakesTheDocumentUnfindable()
    {
        using var index = Articles.IndexOf(Articles.Make("a", "Harbour", "the harbour was closed"), Articles.Make("b", "Bridge", "the bridge was opened"));
        index.Delete("a");
        index.Refresh();

        Assert.Equal(0, index.Search(new SearchRequest("harbour")).Total);
        Assert.Equal(["b"], index.Versions().Keys);
    }

    [Fact]
    public void Open_KeepsCommittedDocumentsAcrossARestart()
    {
        var path = Path.Combine(Path.GetTempPath(), "article-index-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = ArticleIndex.Open(path))
            {
                index.Upsert(Articles.Make("a", "Harbour", "the harbour was closed"));
                index.Commit();
            }

            using var reopened = ArticleIndex.Open(path);
            Assert.Equal(1, reopened.Search(new SearchRequest("harbour")).Total);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public void Open_StartsOverWhenTheFolderHoldsNoReadableIndex()
    {
        var path = Path.Combine(Path.GetTempPath(), "article-index-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "segments_1"), "not an index");
        try
        {
            using var index = ArticleIndex.Open(path);
            index.Upsert(Articles.Make("a", "Harbour", "the harbour was closed"));
            index.Refresh();
            Assert.Equal(1, index.Count);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
