using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Pipeline.Search.Analysis;
using Pipeline.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Search.Indexing;

/// <summary>
/// The search index: a Lucene index (on disk, or in memory for tests) with one document per article, near-real-time:
/// what <see cref="Upsert"/> and <see cref="Delete"/> change is searchable after <see cref="Refresh"/>, and survives a
/// restart after <see cref="Commit"/>. It is a copy of the documents container, never a source of truth: an index that
/// can't be opened is started over empty and filled again. Thread-safe.
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly Analyzer analyzer = ArticleQueryParser.CreateAnalyzer();
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    private ArticleIndex(LuceneDirectory directory)
    {
        this.directory = directory;
        writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Opens the index in <paramref name="path"/>, creating it; a corrupt or unreadable index there is deleted and started over.</summary>
    public static ArticleIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        try
        {
            return new ArticleIndex(FSDirectory.Open(path));
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            System.IO.Directory.Delete(path, recursive: true);
            System.IO.Directory.CreateDirectory(path);
            return new ArticleIndex(FSDirectory.Open(path));
        }
    }

    public static ArticleIndex InMemory() => new(new RAMDirectory());

    public void Upsert(SearchDocument article) =>
        writer.UpdateDocument(new Term(IndexFields.Id, article.Id), LuceneDocumentFactory.Create(article));

    public void Delete(string id) => writer.DeleteDocuments(new Term(IndexFields.Id, id));

    /// <summary>Makes every change so far searchable (near-real-time: no commit needed).</summary>
    public void Refresh() => searchers.MaybeRefreshBlocking();

    /// <summary>Makes every change so far survive a restart.</summary>
    public void Commit() => writer.Commit();

    /// <summary>Every document in the index and the blob version (ETag) it was read from.</summary>
    public Dictionary<string, string> Versions()
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var searcher = searchers.Acquire();
        try
        {
            var fields = new HashSet<string> { IndexFields.Id, IndexFields.ETag };
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        var stored = reader.Document(doc, fields);
                        versions[stored.Get(IndexFields.Id)] = stored.Get(IndexFields.ETag);
                    }
                }
            }
        }
        finally
        {
            searchers.Release(searcher);
        }

        return versions;
    }

    public int Count
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    /// <exception cref="InvalidQueryException">The query is not valid Lucene syntax.</exception>
    public SearchResults Search(SearchRequest request)
    {
        var searcher = searchers.Acquire();
        try
        {
            return ArticleSearcher.Search(searcher, analyzer, request);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}
