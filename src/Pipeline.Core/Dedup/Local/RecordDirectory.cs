using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup.Local;

/// <summary>
/// The in-memory half of a spilled multimap: from a 64-bit key to the numbers of the records stored under it, while the
/// keys themselves stay in the records (in a <see cref="SpillFile"/>). A slot is 5 bytes: the record number and an
/// 8-bit tag of the key, so a probe skips 255 of 256 foreign slots without reading a record; the caller confirms a tag
/// match against the record's key. Open addressing with linear probing; at 80% load the owner rebuilds it 1.5× larger
/// from the keys in record order (the records are read back in sequence, never kept in memory).
/// The slots live in native memory: a big batch's directory is most of its memory and is replaced about ten times over
/// a million articles, and native memory is given back the moment it is freed, where a garbage-collected array waits for
/// a full collection (forcing one each time cost more than it saved) and would sit beside its successor meanwhile.
/// Not thread-safe: callers lock.
/// </summary>
internal sealed unsafe class RecordDirectory : IDisposable
{
    private const double MaxLoad = 0.8;
    private const int InitialSlots = 64;

    private Slot* slots = Allocate(InitialSlots);
    private int capacity = InitialSlots;
    private int count;

    ~RecordDirectory() => Free();

    public bool IsFull => count + 1 > capacity * MaxLoad;

    /// <summary>The next slot at or after <paramref name="from"/> + 1 (-1 to start) whose tag matches the key, or -1 when its probe ends.</summary>
    public int Next(ulong key, int from)
    {
        var mixed = Mix(key);
        var tag = (byte)mixed;
        var slot = from < 0 ? Home(mixed) : Following(from);
        for (; slots[slot].Record != 0; slot = Following(slot))
        {
            if (slots[slot].Tag == tag)
            {
                return slot;
            }
        }

        return -1;
    }

    public int RecordAt(int slot) => (int)(slots[slot].Record - 1);

    /// <summary>Adds a record under the key; the owner rebuilds first when <see cref="IsFull"/>.</summary>
    public void Add(ulong key, int record)
    {
        var mixed = Mix(key);
        var slot = Home(mixed);
        while (slots[slot].Record != 0)
        {
            slot = Following(slot);
        }

        slots[slot] = new Slot((uint)record + 1, (byte)mixed);
        count++;
    }

    /// <summary>Starts over 1.5× larger and adds every record again, given their keys in record order.</summary>
    public void Rebuild(IEnumerable<ulong> keysInRecordOrder)
    {
        // The old slots are not needed to rebuild: freed first, so old and new never sit side by side.
        var larger = (int)Math.Min(Array.MaxLength, capacity * 3L / 2);
        Free();
        slots = Allocate(larger);
        capacity = larger;
        count = 0;
        var record = 0;
        foreach (var key in keysInRecordOrder)
        {
            Add(key, record++);
        }
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    /// <summary>Multiplying by 2⁶⁴/φ spreads keys that differ only in a few bits (string hashes are not always that kind).</summary>
    private static ulong Mix(ulong key) => key * 0x9E3779B97F4A7C15UL;

    /// <summary>Lemire's multiply-shift range reduction: any capacity, no division.</summary>
    private int Home(ulong mixed) => (int)(((mixed >> 32) * (ulong)capacity) >> 32);

    private int Following(int slot) => slot + 1 == capacity ? 0 : slot + 1;

    private static Slot* Allocate(int slotCount) => (Slot*)NativeMemory.AllocZeroed((nuint)slotCount, (nuint)sizeof(Slot));

    private void Free()
    {
        NativeMemory.Free(slots);
        slots = null;
        capacity = 0;
    }

    /// <summary>Record number + 1 (0 marks an empty slot) and the key's tag, packed: one cache line serves a probe.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private readonly record struct Slot(uint Record, byte Tag);
}
