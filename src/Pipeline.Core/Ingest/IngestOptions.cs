using System.ComponentModel.DataAnnotations;

namespace Pipeline.Core.Ingest;

/// <summary>How inputs are cut into chunks and written. Bound from configuration section <c>Pipeline:Ingest</c>.</summary>
public sealed class IngestOptions
{
    /// <summary>
    /// Most text in one chunk, in bytes of decoded record content (default 4 MiB, about 1,800 articles of JSON Lines).
    /// An input with more is cut into chunks at record boundaries that the hosts process in parallel from a queue; a
    /// smaller input is processed where it was read. A chunk is a few seconds of work: extraction at thousands of
    /// records a second, then one upload per article with <see cref="WriteConcurrency"/> in flight.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int ChunkBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most records in one chunk (default 5,000), so inputs of tiny records still make chunks of a few seconds.</summary>
    [Range(1, int.MaxValue)]
    public int ChunkRecords { get; set; } = 5_000;

    /// <summary>Document uploads in flight at once for one chunk (default 32): round trips overlap instead of adding up.</summary>
    [Range(1, 1024)]
    public int WriteConcurrency { get; set; } = 32;

    /// <summary>
    /// How often the local host reconciles <c>raw</c> with the reports (default 10 s: a deletion reaches <c>normalized</c> within seconds; a sweep lists inputs and reports, never documents): it processes inputs the trigger
    /// missed and withdraws what deleted inputs produced. In Azure, Event Grid delivers both instead.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long an input's report may stay unchanged while it says "being cut into chunks", "failed", or "processing"
    /// with no chunk ticket waiting, before the sweep takes it up again (its planner was stopped, the trigger's retry
    /// or a chunk ticket was lost with storage). Default 2 minutes: a chunk is well under a minute of work.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);
}
