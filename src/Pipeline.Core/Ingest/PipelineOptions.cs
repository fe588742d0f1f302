using Pipeline.Core.Dedup;
using Pipeline.Core.Extraction.Json;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Ingest;

/// <summary>Everything tunable in the core, bound from configuration section <c>Pipeline</c> in every host.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>Limits on inputs and records (<c>Pipeline:Reader</c>).</summary>
    public ReaderOptions Reader { get; set; } = new();

    /// <summary>How inputs are cut into chunks and written (<c>Pipeline:Ingest</c>).</summary>
    public IngestOptions Ingest { get; set; } = new();

    /// <summary>Section <c>Pipeline:Dedup</c>.</summary>
    public NearDuplicateOptions Dedup { get; set; } = new();

    /// <summary>Which JSON property names hold which article field (<c>Pipeline:JsonFields</c>).</summary>
    public JsonFieldMapping JsonFields { get; set; } = new();
}
