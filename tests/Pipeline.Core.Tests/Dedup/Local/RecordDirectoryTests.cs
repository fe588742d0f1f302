using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Tests.Dedup.Local;

public sealed class RecordDirectoryTests
{
    [Fact]
    public void Next_FullSmallDirectory_FindsEveryKeysRecordsAcrossTheEnd()
    {
        // 64 slots filled to the brim, 100 times over: runs of slots that cross the last slot into the first are certain.
        var random = new Random(3);
        for (var round = 0; round < 100; round++)
        {
            using var directory = new RecordDirectory();
            var keys = new List<ulong>();
            while (!directory.IsFull)
            {
                // Every third record repeats an earlier key, so keys hold several records.
                var key = keys.Count % 3 == 2 ? keys[random.Next(keys.Count)] : (ulong)random.NextInt64();
                directory.Add(key, keys.Count);
                keys.Add(key);
            }

            foreach (var key in keys.Distinct())
            {
                Assert.Equal(Enumerable.Range(0, keys.Count).Where(r => keys[r] == key), Candidates(directory, key, keys));
            }
        }
    }

    [Fact]
    public void Next_AfterRebuilds_FindsEveryRecordAndMissesAbsentKeys()
    {
        var random = new Random(5);
        var keys = Enumerable.Range(0, 50_000).Select(_ => (ulong)random.NextInt64()).ToArray();
        using var directory = new RecordDirectory();
        for (var i = 0; i < keys.Length; i++)
        {
            if (directory.IsFull)
            {
                directory.Rebuild(keys.Take(i));
            }

            directory.Add(keys[i], i);
        }

        Assert.All(Enumerable.Range(0, keys.Length), i => Assert.Equal([i], Candidates(directory, keys[i], keys)));
        Assert.Empty(Enumerable.Range(0, 1000).SelectMany(_ => Candidates(directory, (ulong)random.NextInt64(), keys)));
    }

    /// <summary>The records the directory offers for the key whose key really is it, as its caller confirms them.</summary>
    private static List<int> Candidates(RecordDirectory directory, ulong key, IReadOnlyList<ulong> keys)
    {
        var found = new List<int>();
        var slot = -1;
        for (var record = directory.Next(key, ref slot); record >= 0; record = directory.Next(key, ref slot))
        {
            if (keys[record] == key)
            {
                found.Add(record);
            }
        }

        Assert.Equal(-1, slot);
        return found;
    }
}
