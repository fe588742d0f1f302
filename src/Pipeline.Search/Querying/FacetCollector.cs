using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Search.Querying;

/// <summary>Counts the values of a few doc-values fields over every document a query matches, segment by segment.</summary>
internal sealed class FacetCollector(params string[] fields) : ICollector
{
    private readonly Dictionary<string, int>[] totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedDocValues?[] segmentValues = new SortedDocValues?[fields.Length];
    private readonly int[][] segmentCounts = new int[fields.Length][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedDocValues(fields[i]);
            segmentValues[i] = values;
            segmentCounts[i] = new int[values?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (segmentValues[i] is { } values && values.GetOrd(doc) is var ord and >= 0)
            {
                segmentCounts[i][ord]++;
            }
        }
    }

    /// <summary>The counts of field <paramref name="index"/> (in the order given), most frequent first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<FacetCount> Counts(int index, int limit)
    {
        FlushSegment();
        return totals[index]
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(limit).Select(c => new FacetCount(c.Key, c.Value)).ToList();
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var i = 0; i < fields.Length; i++)
        {
            if (segmentValues[i] is not { } values)
            {
                continue;
            }

            for (var ord = 0; ord < segmentCounts[i].Length; ord++)
            {
                if (segmentCounts[i][ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    totals[i][key] = totals[i].GetValueOrDefault(key) + segmentCounts[i][ord];
                }
            }

            segmentValues[i] = null;
        }
    }
}
