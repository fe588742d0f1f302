namespace Pipeline.Core.Ingest.Chunks;

/// <summary>
/// Sends a big input's chunks to be processed elsewhere and in parallel (in the hosts: a work container and a queue
/// every instance listens on), and keeps the input's report while they are.
/// </summary>
public interface IChunkDispatcher
{
    /// <summary>Starts a run for this version of the input: its report now says <see cref="InputStatus.Processing"/>.</summary>
    Task<IChunkRun> StartAsync(InputRef input, DateTimeOffset startedAt, CancellationToken cancellationToken);
}
