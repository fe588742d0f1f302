using System.Numerics;

namespace Pipeline.Core.Dedup;

/// <summary>
/// Band key → first row, for <see cref="InMemoryNearDuplicateStore"/>: open addressing over two flat arrays, 12 bytes
/// a slot, where a Dictionary entry costs 24 plus its bucket. A batch holds 25 keys per article, so this is most of the
/// store's memory. Not thread-safe: the store locks around it.
/// </summary>
internal sealed class BandKeyTable
{
    private ulong[] keys = new ulong[1024];

    /// <summary>First row + 1; 0 marks an empty slot (any 64-bit key is valid).</summary>
    private int[] heads = new int[1024];
    private int count;
    private int shift = 64 - 10;

    /// <summary>The first row of the key, or -1.</summary>
    public int Find(ulong key)
    {
        var mask = keys.Length - 1;
        for (var slot = Slot(key); heads[slot] != 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] == key)
            {
                return heads[slot] - 1;
            }
        }

        return -1;
    }

    public void SetHead(ulong key, int row)
    {
        if (count >= keys.Length / 4 * 3)
        {
            Grow();
        }

        var mask = keys.Length - 1;
        var slot = Slot(key);
        while (heads[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        if (heads[slot] == 0)
        {
            count++;
            keys[slot] = key;
        }

        heads[slot] = row + 1;
    }

    /// <summary>Fibonacci hashing: the top bits of key × 2⁶⁴/φ spread even keys that differ only in low bits.</summary>
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        var oldKeys = keys;
        var oldHeads = heads;
        keys = new ulong[oldKeys.Length * 2];
        heads = new int[oldKeys.Length * 2];
        shift = 64 - BitOperations.Log2((uint)keys.Length);
        count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldHeads[i] != 0)
            {
                SetHead(oldKeys[i], oldHeads[i] - 1);
            }
        }
    }
}
