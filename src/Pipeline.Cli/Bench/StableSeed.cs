namespace Pipeline.Cli.Bench;

/// <summary>
/// A random seed from a few numbers that is the same in every process (<see cref="HashCode"/> is seeded per process),
/// so article n of a generated dump is the same text on every run.
/// </summary>
public static class StableSeed
{
    public static int Of(int seed, long n, int purpose)
    {
        // SplitMix64's finalizer over the three numbers mixed together.
        var x = ((ulong)(uint)seed << 32) ^ (ulong)n ^ ((ulong)(uint)purpose * 0x9E3779B97F4A7C15UL);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (int)(x ^ (x >> 31));
    }
}
