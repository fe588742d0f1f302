using System.Text;
using Pipeline.Core.Binary;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Ingest.Chunks;

/// <summary>
/// A chunk's records as the planner stores them for a worker: already decoded and keyed as in the whole input, so the
/// worker neither decodes again nor needs to know where in the input the chunk began. A magic and version, the record
/// count, then per record its key, format, URL, rejection reason, note and text (length-prefixed UTF-8).
/// </summary>
public static class ChunkRecordCodec
{
    private static ReadOnlySpan<byte> Magic => "PCR2"u8;

    public static void Write(IReadOnlyList<RawRecord> records, Stream destination)
    {
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(records.Count);
        foreach (var record in records)
        {
            writer.Write(record.Key);
            writer.Write((byte)record.Format);
            writer.WriteOptional(record.Url);
            writer.WriteOptional(record.RejectionReason);
            writer.WriteOptional(record.Note);
            writer.Write(record.Content);
        }
    }

    /// <exception cref="InvalidDataException">Not a chunk of this version, or cut short.</exception>
    public static IReadOnlyList<RawRecord> Read(Stream source)
    {
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("not a chunk of records (bad magic)");
            }

            var records = new RawRecord[reader.ReadInt32()];
            for (var i = 0; i < records.Length; i++)
            {
                var key = reader.ReadString();
                var format = (DumpFormat)reader.ReadByte();
                var url = reader.ReadOptional();
                var rejection = reader.ReadOptional();
                var note = reader.ReadOptional();
                records[i] = new RawRecord(key, format, reader.ReadString(), url) { RejectionReason = rejection, Note = note };
            }

            return records;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("truncated chunk of records", e);
        }
    }
}
