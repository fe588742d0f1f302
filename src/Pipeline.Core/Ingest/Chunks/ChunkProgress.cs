namespace Pipeline.Core.Ingest.Chunks;

/// <summary>How far the chunks of one run have got.</summary>
/// <param name="Run">The run's id: a new one each time the input (or a new version of it) is planned.</param>
/// <param name="Total">How many chunks the input was cut into; null while it is still being cut.</param>
/// <param name="Done">The chunks processed so far, by index.</param>
public sealed record ChunkProgress(string Run, int? Total, IReadOnlyList<ChunkInfo> Done)
{
    public bool IsComplete => Total is { } total && Done.Count == total;
}
