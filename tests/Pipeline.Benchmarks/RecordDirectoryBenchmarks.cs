using BenchmarkDotNet.Attributes;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Local;

namespace Pipeline.Benchmarks;

/// <summary>
/// The local dedup store's in-memory directory (<see cref="RecordDirectory"/>), as <see cref="SpilledRecordTable"/>
/// drives it: a million random keys added with every 1.5× rebuild on the way, then each found again (and as many
/// absent keys missed), confirming a tag match against the key as the table does against its record. One operation is
/// one key. <see cref="ClaimContentHashes"/> is the user's path through the public <see cref="LocalDedupIndex"/>,
/// spill file included: 200,000 claims, one in four a duplicate.
/// </summary>
[MemoryDiagnoser]
public class RecordDirectoryBenchmarks
{
    private const int Keys = 1_000_000;
    private const int Claims = 200_000;

    private ulong[] keys = [];
    private ulong[] absent = [];
    private string[] contentHashes = [];
    private RecordDirectory filled = new();

    [GlobalSetup]
    public void MakeKeys()
    {
        var random = new Random(12);
        keys = Enumerable.Range(0, Keys).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).ToArray();
        absent = Enumerable.Range(0, Keys).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).ToArray();
        var distinct = Enumerable.Range(0, Claims * 3 / 4).Select(_ => Convert.ToHexStringLower(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 32))).ToArray();
        contentHashes = Enumerable.Range(0, Claims).Select(i => i < distinct.Length ? distinct[i] : distinct[random.Next(distinct.Length)]).ToArray();
        filled = Fill();
    }

    [GlobalCleanup]
    public void FreeDirectory() => filled.Dispose();

    [Benchmark(OperationsPerInvoke = Keys)]
    public int AddWithRebuilds()
    {
        using var directory = Fill();
        return directory.IsFull ? 1 : 0;
    }

    [Benchmark(OperationsPerInvoke = Keys)]
    public long FindPresent() => FindEach(keys);

    [Benchmark(OperationsPerInvoke = Keys)]
    public long MissAbsent() => FindEach(absent);

    [Benchmark(OperationsPerInvoke = Claims)]
    public int ClaimContentHashes()
    {
        using var index = new LocalDedupIndex();
        var duplicates = 0;
        for (var i = 0; i < contentHashes.Length; i++)
        {
            duplicates += index.Claim(contentHashes[i], contentHashes[i], "owner-" + (i & 7)).IsDuplicate ? 1 : 0;
        }

        return duplicates;
    }

    private RecordDirectory Fill()
    {
        var directory = new RecordDirectory();
        for (var i = 0; i < keys.Length; i++)
        {
            if (directory.IsFull)
            {
                directory.Rebuild(new ArraySegment<ulong>(keys, 0, i));
            }

            directory.Add(keys[i], i);
        }

        return directory;
    }

    private long FindEach(ulong[] lookups)
    {
        long sum = 0;
        foreach (var key in lookups)
        {
            sum += Find(filled, key);
        }

        return sum;
    }

    private int Find(RecordDirectory directory, ulong key)
    {
        var slot = -1;
        for (var record = directory.Next(key, ref slot); record >= 0; record = directory.Next(key, ref slot))
        {
            if (keys[record] == key)
            {
                return record;
            }
        }

        return -1;
    }
}
