namespace Pipeline.Storage.Hosting;

/// <summary>Where the pipeline keeps things. Bound from configuration section <c>Pipeline:Storage</c>; defaults shown.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Pipeline:Storage";

    /// <summary>Name of the connection setting (a connection string or an identity-based section, see <see cref="StorageConnection"/>), shared with the blob trigger.</summary>
    public string Connection { get; set; } = "AzureWebJobsStorage";

    public string RawContainer { get; set; } = "raw";

    public string NormalizedContainer { get; set; } = "normalized";

    /// <summary>Documents of duplicates, <c>{canonical id}/{duplicate id}.json</c>: their URLs, dates and authors are kept, not indexed.</summary>
    public string DuplicatesContainer { get; set; } = "duplicates";

    public string ReportsContainer { get; set; } = "ingest-reports";

    public string QuarantineContainer { get; set; } = "quarantine";

    /// <summary>Table holding the corpus-wide dedup index.</summary>
    public string DedupTable { get; set; } = "articlededup";
}
