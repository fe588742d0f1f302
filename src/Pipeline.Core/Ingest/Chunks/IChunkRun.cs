using Pipeline.Core.Reading;

namespace Pipeline.Core.Ingest.Chunks;

/// <summary>One run of one input's chunks.</summary>
public interface IChunkRun
{
    /// <summary>Hands chunk <paramref name="index"/> (0, 1, 2...) over for processing.</summary>
    Task DispatchAsync(int index, IReadOnlyList<RawRecord> records, CancellationToken cancellationToken);

    /// <summary>
    /// Every chunk has been dispatched: the run is complete once they are all processed. With a reason, the input
    /// turned out unreadable after these chunks, and its report will say quarantined. Returns the report as it stands.
    /// </summary>
    Task<IngestReport> FinishAsync(int chunkCount, string? quarantineReason, IngestStats planning, CancellationToken cancellationToken);
}
