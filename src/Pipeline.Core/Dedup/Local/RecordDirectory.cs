using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup.Local;

/// <summary>
/// The in-memory half of a spilled multimap: from a 64-bit key to the numbers of the records stored under it, while the
/// keys themselves stay in the records (in a <see cref="SpillFile"/>). A slot is 5 bytes: a 1-byte tag of the key (0
/// marks an empty slot) and the 4-byte record number, so a probe skips about 254 of 255 foreign slots without reading a
/// record; the caller confirms a tag match against the record's key. Open addressing with linear probing; at 80% load
/// the owner rebuilds it 1.5× larger from the keys in record order (the records are read back in sequence, never kept
/// in memory).
/// The slots live in native memory: a big batch's directory is most of its memory and is replaced about ten times over
/// a million articles, and native memory is given back the moment it is freed, where a garbage-collected array waits for
/// a full collection (forcing one each time cost more than it saved) and would sit beside its successor meanwhile.
/// It is reached through <see cref="Marshal"/>'s reads and writes at an address, so the core needs no unsafe code. Those
/// calls are not inlined, so the tags sit apart from the record numbers and a probe reads 8 tags a call, 64 a cache line.
/// Not thread-safe: callers lock.
/// </summary>
internal sealed class RecordDirectory : IDisposable
{
    private const double MaxLoad = 0.8;
    private const int InitialSlots = 64;

    /// <summary>Tags read at once; the first ones are repeated past the last, so a group read wraps around by itself.</summary>
    private const int Group = 8;

    private const ulong EachByte = 0x0101_0101_0101_0101UL;
    private const ulong LowBits = 0x7F7F_7F7F_7F7F_7F7FUL;

    /// <summary>Zeros copied over a new tag block (native allocations are not zeroed); 64 KiB, reused.</summary>
    private static readonly byte[] Zeros = new byte[64 * 1024];

    private nint tags;
    private nint records;
    private int capacity;
    private int count;

    public RecordDirectory() => Allocate(InitialSlots);

    ~RecordDirectory() => Free();

    public bool IsFull => count + 1 > capacity * MaxLoad;

    /// <summary>
    /// The record in the next slot after <paramref name="slot"/> (-1 to start) whose tag matches the key, with
    /// <paramref name="slot"/> moved there; -1 (and the slot too) when the key's probe ends. The slot is the caller's cursor.
    /// </summary>
    public int Next(ulong key, ref int slot)
    {
        var mixed = Mix(key);
        var tag = Tag(mixed) * EachByte;
        var start = slot < 0 ? Home(mixed) : Wrap(slot + 1);
        while (true)
        {
            var group = ReadGroup(start);
            var empty = ZeroBytes(group);
            var matches = ZeroBytes(group ^ tag);
            if (empty != 0)
            {
                // Only the slots before the first empty one are on the key's probe.
                matches &= empty - 1;
            }

            if (matches != 0)
            {
                slot = Wrap(start + (BitOperations.TrailingZeroCount(matches) / 8));
                return Marshal.ReadInt32(records + ((nint)slot * sizeof(int)));
            }

            if (empty != 0)
            {
                slot = -1;
                return -1;
            }

            start = Wrap(start + Group);
        }
    }

    /// <summary>Adds a record under the key; the owner rebuilds first when <see cref="IsFull"/>.</summary>
    public void Add(ulong key, int record)
    {
        var mixed = Mix(key);
        var start = Home(mixed);
        ulong empty;
        while ((empty = ZeroBytes(ReadGroup(start))) == 0)
        {
            start = Wrap(start + Group);
        }

        var slot = Wrap(start + (BitOperations.TrailingZeroCount(empty) / 8));
        var tag = Tag(mixed);
        Marshal.WriteByte(tags + slot, tag);
        if (slot < Group)
        {
            Marshal.WriteByte(tags + capacity + slot, tag);
        }

        Marshal.WriteInt32(records + ((nint)slot * sizeof(int)), record);
        count++;
    }

    /// <summary>Starts over 1.5× larger and adds every record again, given their keys in record order.</summary>
    public void Rebuild(IEnumerable<ulong> keysInRecordOrder)
    {
        // The old slots are not needed to rebuild: freed first, so old and new never sit side by side.
        var larger = (int)Math.Min(Array.MaxLength, capacity * 3L / 2);
        Free();
        Allocate(larger);
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

    /// <summary>The mixed key's low byte, never 0 (that marks an empty slot): 1 stands for 0 too.</summary>
    private static byte Tag(ulong mixed) => Math.Max((byte)mixed, (byte)1);

    /// <summary>0x80 in each byte of <paramref name="value"/> that is 0, nothing elsewhere (exact: no carry crosses bytes).</summary>
    private static ulong ZeroBytes(ulong value) => ~(((value & LowBits) + LowBits) | value | LowBits);

    /// <summary>Lemire's multiply-shift range reduction: any capacity, no division.</summary>
    private int Home(ulong mixed) => (int)(((mixed >> 32) * (ulong)capacity) >> 32);

    /// <summary>A slot index up to <see cref="Group"/> past the end, brought back to the start.</summary>
    private int Wrap(int slot) => slot >= capacity ? slot - capacity : slot;

    /// <summary>The tags of the <see cref="Group"/> slots from <paramref name="start"/> on, slot order in byte order.</summary>
    private ulong ReadGroup(int start)
    {
        var group = (ulong)Marshal.ReadInt64(tags + start);
        return BitConverter.IsLittleEndian ? group : BinaryPrimitives.ReverseEndianness(group);
    }

    /// <summary>The tag block is zeroed (all empty); record numbers are read only under a tag, so theirs is left as it comes.</summary>
    private void Allocate(int slotCount)
    {
        var tagBytes = (nint)slotCount + Group;
        tags = Marshal.AllocHGlobal(tagBytes);
        for (nint done = 0; done < tagBytes; done += Zeros.Length)
        {
            Marshal.Copy(Zeros, 0, tags + done, (int)Math.Min(Zeros.Length, tagBytes - done));
        }

        records = Marshal.AllocHGlobal(checked((nint)slotCount * sizeof(int)));
        capacity = slotCount;
    }

    private void Free()
    {
        if (tags != 0)
        {
            Marshal.FreeHGlobal(tags);
        }

        if (records != 0)
        {
            Marshal.FreeHGlobal(records);
        }

        tags = 0;
        records = 0;
        capacity = 0;
    }
}
