using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Reading;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Fans a big input out to every host: each chunk's records go to the work container and a ticket for it to the chunk
/// queue, which the function app's queue trigger (scaled out on queue length) and every local host listen on.
/// A run is named after what it cuts (the input's version and the chunk limits), so planning the same version again
/// (the trigger retried after a host was stopped or lost its lease part-way) resumes the run: only chunks not yet
/// done are queued again.
/// </summary>
public sealed class ChunkFanOut(ChunkWorkStore work, ChunkQueue queue, InputProgress progress, IngestOptions options) : IChunkDispatcher
{
    public async Task<IChunkRun> StartAsync(InputRef input, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var run = RunOf(input);
        var done = await progress.StartAsync(input, run, startedAt, cancellationToken);
        return new Run(this, input, run, done);
    }

    /// <summary>The same for the same version of the same input cut with the same limits: the same records in the same chunks.</summary>
    private string RunOf(InputRef input) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{input.Container}/{input.Name}\n{input.ETag}\n{options.ChunkBytes}\n{options.ChunkRecords}")))[..32];

    private async Task DispatchAsync(InputRef input, string run, int index, IReadOnlyList<RawRecord> records, CancellationToken cancellationToken)
    {
        var ticket = new ChunkTicket(run, input.Container, input.Name, input.ETag, index, records.Count);
        await work.WriteRecordsAsync(ticket, records, cancellationToken);
        await queue.SendAsync(ticket, cancellationToken);
    }

    private async Task<IngestReport> FinishAsync(InputRef input, string run, int chunkCount, string? quarantineReason, IngestStats planning, CancellationToken cancellationToken) =>
        await progress.FinishPlanningAsync(input, run, chunkCount, quarantineReason, planning, cancellationToken)
        ?? throw new InvalidOperationException($"the report of {input.Name} was replaced while its chunks were being queued");

    private sealed class Run(ChunkFanOut fanOut, InputRef input, string run, IReadOnlySet<int> done) : IChunkRun
    {
        public Task DispatchAsync(int index, IReadOnlyList<RawRecord> records, CancellationToken cancellationToken) =>
            done.Contains(index) ? Task.CompletedTask : fanOut.DispatchAsync(input, run, index, records, cancellationToken);

        public Task<IngestReport> FinishAsync(int chunkCount, string? quarantineReason, IngestStats planning, CancellationToken cancellationToken) =>
            fanOut.FinishAsync(input, run, chunkCount, quarantineReason, planning, cancellationToken);
    }
}
