using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// The articles each record of one input carries. A record almost always carries one, so it holds that article itself;
/// only a record carrying several (the same record in two versions of its input, with different text) holds a list.
/// A list for every record was about a tenth of a host's copy of the corpus.
/// </summary>
internal sealed class InputRecordArticles
{
    private readonly Dictionary<string, object> records = new(StringComparer.Ordinal);

    /// <summary>Every article some record of the input carries (one carried by two records comes twice).</summary>
    public IEnumerable<CorpusArticle> All => records.Values.SelectMany(Articles);

    public IReadOnlyList<CorpusArticle> Of(string record) => records.TryGetValue(record, out var held) ? Articles(held) : [];

    public void Add(string record, CorpusArticle article)
    {
        ref var held = ref CollectionsMarshal.GetValueRefOrAddDefault(records, record, out var exists);
        if (!exists)
        {
            held = article;
            return;
        }

        if (held is List<CorpusArticle> several)
        {
            if (!several.Contains(article))
            {
                several.Add(article);
            }
        }
        else if (held != article)
        {
            held = new List<CorpusArticle>(2) { (CorpusArticle)held!, article };
        }
    }

    public void Remove(string record, CorpusArticle article)
    {
        if (!records.TryGetValue(record, out var held))
        {
            return;
        }

        if (held is not List<CorpusArticle> several)
        {
            if (held == article)
            {
                records.Remove(record);
            }

            return;
        }

        several.Remove(article);
        if (several.Count == 0)
        {
            records.Remove(record);
        }
        else if (several.Count == 1)
        {
            records[record] = several[0];
        }
    }

    private static IReadOnlyList<CorpusArticle> Articles(object held) => held as List<CorpusArticle> ?? [(CorpusArticle)held];
}
