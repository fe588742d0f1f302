using Pipeline.Core.Dedup;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Ingest;

/// <summary>Everything tunable in the core, bound from configuration section <c>Pipeline</c> in every host.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    public ReaderOptions Reader { get; set; } = new();

    /// <summary>Section <c>Pipeline:Dedup</c>.</summary>
    public NearDuplicateOptions Dedup { get; set; } = new();
}
