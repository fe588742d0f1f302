namespace Pipeline.Storage.Hosting;

/// <summary>Where the pipeline keeps things. Bound from configuration section <c>Pipeline:Storage</c>; defaults shown.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Pipeline:Storage";

    /// <summary>Name of the connection setting (a connection string or an identity-based section, see <see cref="StorageConnection"/>), shared with the triggers.</summary>
    public string Connection { get; set; } = "AzureWebJobsStorage";

    public string RawContainer { get; set; } = "raw";

    public string NormalizedContainer { get; set; } = "normalized";

    /// <summary>Documents of duplicates, <c>{canonical id}/{duplicate id}.json</c>: their URLs, dates and authors are kept, not indexed.</summary>
    public string DuplicatesContainer { get; set; } = "duplicates";

    public string ReportsContainer { get; set; } = "ingest-reports";

    public string QuarantineContainer { get; set; } = "quarantine";

    /// <summary>The corpus-wide dedup state: the claim log every host rebuilds its dedup index from (<c>{batch number}.claims</c>).</summary>
    public string ClaimLogContainer { get; set; } = "dedup-claims";

    /// <summary>Chunks of big inputs and their results while they are processed (<c>{run}/{chunk}.records</c>, <c>.result</c>); emptied when a run's report is complete.</summary>
    public string WorkContainer { get; set; } = "ingest-work";
}
