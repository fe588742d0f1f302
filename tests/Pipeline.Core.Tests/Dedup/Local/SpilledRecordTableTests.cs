using System.Buffers.Binary;
using Pipeline.Core.Dedup.Local;

namespace Pipeline.Core.Tests.Dedup.Local;

public sealed class SpilledRecordTableTests
{
    [Fact]
    public void Next_AfterManyRebuilds_FindsEveryRecordOfAKeyAndNoOther()
    {
        using var table = new SpilledRecordTable(recordBytes: 12);
        for (var i = 0; i < 100_000; i++)
        {
            // Keys 0..999 each hold 100 records; the payload says which record it is.
            table.Add(Record((ulong)(i % 1000), i));
        }

        var found = Payloads(table, 123);

        Assert.Equal(Enumerable.Range(0, 100).Select(n => 123 + (n * 1000)), found.Order());
    }

    [Fact]
    public void Next_KeysThatShareTheirLowBits_StayApart()
    {
        using var table = new SpilledRecordTable(recordBytes: 12);
        // Same low byte (the directory's tag) and many alike bits: only the stored key may decide.
        for (var i = 0; i < 5000; i++)
        {
            table.Add(Record((ulong)i << 8, i));
        }

        Assert.Equal([42], Payloads(table, 42UL << 8));
        Assert.Empty(Payloads(table, (42UL << 8) | 1));
    }

    private static byte[] Record(ulong key, int payload)
    {
        var record = new byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(record, key);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(8), payload);
        return record;
    }

    private static List<int> Payloads(SpilledRecordTable table, ulong key)
    {
        var payloads = new List<int>();
        var record = new byte[12];
        for (var cursor = -1; table.Next(key, ref cursor, record) >= 0;)
        {
            payloads.Add(BinaryPrimitives.ReadInt32LittleEndian(record.AsSpan(8)));
        }

        return payloads;
    }
}
