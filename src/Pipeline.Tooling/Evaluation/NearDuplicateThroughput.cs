using System.Diagnostics;
using Pipeline.Core.Dedup;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// Claims per second of an in-memory <see cref="NearDuplicateIndex"/> on the calling thread: sketch, exact claim,
/// band lookups, verification and registration, over candidates built beforehand (hashing the body is the normalizer's cost).
/// </summary>
public static class NearDuplicateThroughput
{
    /// <summary>Claims per wall-clock second, and per second of the process's CPU time (steadier on a shared machine).</summary>
    public static (double PerSecond, double PerCpuSecond) Measure(IReadOnlyList<DedupCandidate> candidates, NearDuplicateOptions options, int passes) =>
        Measure(candidates, () => NearDuplicateIndex.Local(options), passes);

    /// <summary>
    /// The same over any index (e.g. one sharing the corpus through storage), a fresh one per pass, claimed
    /// <paramref name="batch"/> candidates at a time as a chunk's records are.
    /// </summary>
    public static (double PerSecond, double PerCpuSecond) Measure(IReadOnlyList<DedupCandidate> candidates, Func<IDedupIndex> createIndex, int passes, int batch = 1)
    {
        // A fresh index per pass, so every pass sees the same mix of new articles and duplicates.
        var elapsed = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        for (var pass = 0; pass < passes; pass++)
        {
            var index = createIndex();
            var cpuStarted = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            foreach (var slice in candidates.Chunk(batch))
            {
                index.ClaimAllAsync(slice, CancellationToken.None).GetAwaiter().GetResult();
            }

            elapsed += Stopwatch.GetElapsedTime(started);
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuStarted;
        }

        var claims = (double)candidates.Count * passes;
        return (claims / elapsed.TotalSeconds, claims / cpu.TotalSeconds);
    }
}
