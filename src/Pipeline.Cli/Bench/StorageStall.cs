using System.Diagnostics;

namespace Pipeline.Cli.Bench;

/// <summary>A stretch (in <see cref="Stopwatch"/> ticks) in which storage answered nothing.</summary>
public readonly record struct StorageStall(long Start, long End)
{
    public double Seconds => Stopwatch.GetElapsedTime(Start, End).TotalSeconds;
}
