namespace Pipeline.Core.Ingest;

/// <summary>The steps an input's time and storage requests are accounted to in its report.</summary>
public enum IngestStage
{
    /// <summary>Cutting a big input into chunks: writing them to the work container and queueing them.</summary>
    Plan,

    /// <summary>Reading the input (or a chunk) and decoding its records.</summary>
    Read,

    /// <summary>Extraction, cleaning and normalizing (CPU only).</summary>
    Extract,

    /// <summary>Settling exact and near duplicates against the corpus.</summary>
    Dedup,

    /// <summary>Writing documents (normalized and duplicates).</summary>
    Write,

    /// <summary>Withdrawing what older versions of the input produced (and promoting copies in their place).</summary>
    Withdraw,

    /// <summary>Writing the report and tracking progress.</summary>
    Report,
}
