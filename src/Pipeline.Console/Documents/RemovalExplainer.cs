using Pipeline.Core.Articles;
using Pipeline.Core.Ingest;
using Pipeline.Core.Reading;

namespace Pipeline.Console.Documents;

/// <summary>
/// The pipeline's own account of what a raw record lost: the record extracted and cleaned again with the pipeline's
/// stages and settings (what <c>pipeline explain</c> prints), so a struck raw line can be named by the rule or extraction
/// step that removed it.
/// </summary>
public sealed class RemovalExplainer(PipelineOptions options)
{
    private readonly CoreStages stages = CoreStages.Create(options);

    /// <summary>What the record lost, each with its rule or step; empty when the record can't be extracted again.</summary>
    public IReadOnlyList<RemovedText> Removed(string raw, string format)
    {
        if (!Enum.TryParse<DumpFormat>(format, ignoreCase: true, out var dumpFormat))
        {
            return [];
        }

        try
        {
            return stages.Extractor.Extract(new RawRecord("1", dumpFormat, raw)).Removed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The page still shows the comparison; a record that fails to extract here has its reason in the report.
            return [];
        }
    }

    /// <summary>The rule or step that removed a raw line: the first removed text holding the line's words, or null.</summary>
    public static string? ReasonFor(string line, IReadOnlyList<RemovedText> removed)
    {
        var words = RawLineComparison.Words(line);
        if (words.Length == 0)
        {
            return null;
        }

        foreach (var removal in removed)
        {
            if ((" " + RawLineComparison.Words(removal.Text)).Contains(" " + words, StringComparison.Ordinal))
            {
                return removal.Reason;
            }
        }

        return null;
    }
}
