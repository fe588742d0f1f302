using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Storage.Blobs;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// A chunked input's progress, kept in its report while hosts work through it: status processing, the run, the chunks
/// done so far with their records counted, time and requests summed. Every update reads the report and writes it back
/// with <c>If-Match</c> (another host's update in between makes it read again), and counts a chunk only once (records
/// and removals per rule alike), so a chunk processed twice (a redelivered message) changes nothing. The update that
/// completes the run has the final report assembled (<see cref="ReportAssembler"/>); an update for a run that is no
/// longer the input's current one (a newer version, or a replay) is ignored.
/// </summary>
public sealed class InputProgress(BlobReportSink reports, ChunkWorkStore work, ReportAssembler assembler)
{
    /// <summary>
    /// Starts the run, or resumes it when the input's report says this very run is under way (its planner was cut
    /// short): returns the chunks already done, which need no ticket again.
    /// </summary>
    public async Task<IReadOnlySet<int>> StartAsync(InputRef input, string run, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var previous = await reports.ReadAsync(input.Name, cancellationToken);
        if (previous is { Report: var report } && IsCurrent(report, input, run))
        {
            return report.Chunks!.Done.Select(c => c.Index).ToHashSet();
        }

        await reports.WriteAsync(
            new IngestReport { Input = input, Status = InputStatus.Processing, StartedAt = startedAt, Duration = TimeSpan.Zero, Chunks = new ChunkProgress(run, null, []) },
            cancellationToken);

        // A run of an older version of the input that never finished leaves chunks nobody will count.
        if (previous is { Report: { Status: InputStatus.Processing, Chunks: { } abandoned } } && abandoned.Run != run)
        {
            await work.DeleteRunAsync(abandoned.Run, cancellationToken);
        }

        return new HashSet<int>();
    }

    /// <summary>Whether the ticket's chunk is still awaited: its run is the one its input's report waits for, and it is not done yet.</summary>
    public async Task<bool> IsAwaitedAsync(ChunkTicket ticket, CancellationToken cancellationToken) =>
        await reports.ReadAsync(ticket.Input, cancellationToken) is { } current && IsCurrent(current.Report, ticket.InputRef, ticket.Run)
        && current.Report.Chunks!.Done.All(c => c.Index != ticket.Chunk);

    /// <summary>Counts a processed chunk in; returns the report as it now stands, or null when the run is no longer current.</summary>
    public Task<IngestReport?> RecordChunkAsync(ChunkTicket ticket, ChunkResult result, IngestStats stats, CancellationToken cancellationToken) =>
        UpdateAsync(ticket.InputRef, ticket.Run, stats, (report, spent) => report.Chunks!.Done.Any(c => c.Index == result.Info.Index)
            ? report
            : report with
            {
                Counts = report.Counts.Plus(result.Counts),
                Removals = report.Removals.Plus(result.Removals),
                Format = Formats(report.Format, result.Formats),
                Stages = IngestStats.Sum(report.Stages, spent),
                Chunks = report.Chunks with { Done = [.. report.Chunks.Done, result.Info] },
            },
            cancellationToken);

    /// <summary>The planner has cut the whole input (into <paramref name="total"/> chunks); with a reason, it turned out unreadable after them.</summary>
    public Task<IngestReport?> FinishPlanningAsync(InputRef input, string run, int total, string? unreadable, IngestStats planning, CancellationToken cancellationToken) =>
        UpdateAsync(input, run, planning, (report, spent) => report with
            {
                Reason = unreadable,
                Stages = IngestStats.Sum(report.Stages, spent),
                Chunks = report.Chunks! with { Total = total },
            },
            cancellationToken);

    private async Task<IngestReport?> UpdateAsync(
        InputRef input, string run, IngestStats stats, Func<IngestReport, IReadOnlyDictionary<IngestStage, StageTally>, IngestReport> change, CancellationToken cancellationToken)
    {
        using var reporting = stats.Enter(IngestStage.Report);
        while (true)
        {
            if (await reports.ReadAsync(input.Name, cancellationToken) is not { } current || !IsCurrent(current.Report, input, run))
            {
                return null;
            }

            // What this work cost, with the write about to be made: each attempt adds to the report as read afresh.
            var spent = IngestStats.Sum(stats.Snapshot(), new Dictionary<IngestStage, StageTally> { [IngestStage.Report] = new(TimeSpan.Zero, 1) });
            var updated = change(current.Report, spent);
            if (updated.Chunks!.IsComplete)
            {
                if (await assembler.TryCompleteAsync(updated, current.ETag, cancellationToken) is { } final)
                {
                    return final;
                }

                continue;
            }

            if (ReferenceEquals(updated, current.Report) || await reports.TryReplaceAsync(updated, current.ETag, cancellationToken))
            {
                return updated;
            }
        }
    }

    private static bool IsCurrent(IngestReport report, InputRef input, string run) =>
        report.Status == InputStatus.Processing && report.Chunks?.Run == run && report.Input.ETag == input.ETag;

    private static string? Formats(string? before, IEnumerable<string> added)
    {
        var formats = (before?.Split('+') ?? []).Concat(added).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return formats.Count == 0 ? null : string.Join('+', formats);
    }
}
