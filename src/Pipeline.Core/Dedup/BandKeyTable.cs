using System.Numerics;

namespace Pipeline.Core.Dedup;

/// <summary>
/// The rows of <see cref="InMemoryNearDuplicateStore"/>: a multimap from band key to entry index, by open addressing over
/// two flat arrays (12 bytes a slot; a key has one slot per article under it). A batch holds 25 rows per article, so
/// this is most of the store's memory: a Dictionary of chains cost three times as much. Rows are never removed, so a
/// key's slots are all those holding it before the first empty slot of its probe. Not thread-safe: the store locks.
/// </summary>
internal sealed class BandKeyTable
{
    private ulong[] keys = new ulong[1024];

    /// <summary>Entry index + 1; 0 marks an empty slot (any 64-bit key is valid).</summary>
    private int[] entries = new int[1024];
    private int count;
    private int shift = 64 - 10;

    /// <summary>The first slot holding the key at or after <paramref name="from"/> in its probe (-1 to start), or -1 when none is left.</summary>
    public int Next(ulong key, int from)
    {
        var mask = keys.Length - 1;
        for (var slot = from < 0 ? Slot(key) : (from + 1) & mask; entries[slot] != 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] == key)
            {
                return slot;
            }
        }

        return -1;
    }

    public int EntryAt(int slot) => entries[slot] - 1;

    public void SetEntryAt(int slot, int entry) => entries[slot] = entry + 1;

    public void Add(ulong key, int entry)
    {
        if (count >= keys.Length / 4 * 3)
        {
            Grow();
        }

        var mask = keys.Length - 1;
        var slot = Slot(key);
        while (entries[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        entries[slot] = entry + 1;
        count++;
    }

    /// <summary>Fibonacci hashing: the top bits of key × 2⁶⁴/φ spread keys that differ only in low bits.</summary>
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        var oldKeys = keys;
        var oldEntries = entries;
        keys = new ulong[oldKeys.Length * 2];
        entries = new int[oldKeys.Length * 2];
        shift = 64 - BitOperations.Log2((uint)keys.Length);
        count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldEntries[i] != 0)
            {
                Add(oldKeys[i], oldEntries[i] - 1);
            }
        }
    }
}
