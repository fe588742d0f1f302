using System.Text;
using Pipeline.Core.Binary;

namespace Pipeline.Core.Ingest.Chunks;

/// <summary>A <see cref="ChunkResult"/> as bytes, kept in the work container until the input's report is assembled.</summary>
public static class ChunkResultCodec
{
    private static ReadOnlySpan<byte> Magic => "PCO3"u8;

    public static byte[] Encode(ChunkResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(result.Info.Index);
            writer.Write(result.Info.Records);
            writer.Write(result.Info.ProcessedBy);
            writer.Write(result.Info.Duration.Ticks);
            writer.Write(result.Formats.Count);
            foreach (var format in result.Formats)
            {
                writer.Write(format);
            }

            writer.Write(result.Removals.ByReason.Count);
            foreach (var (reason, count) in result.Removals.ByReason)
            {
                writer.Write(reason);
                writer.Write(count);
            }

            writer.Write(result.Outcomes.Count);
            foreach (var outcome in result.Outcomes)
            {
                writer.Write(outcome.Record);
                writer.Write((byte)outcome.Status);
                writer.WriteOptional(outcome.Id);
                writer.WriteOptional(outcome.DuplicateOf);
                writer.Write(outcome.Similarity is not null);
                writer.Write(outcome.Similarity ?? 0);
                writer.WriteOptional(outcome.Reason);
                writer.WriteOptional(outcome.Note);
            }
        }

        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">Not a chunk result of this version, or cut short.</exception>
    public static ChunkResult Decode(ReadOnlyMemory<byte> bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("not a chunk result (bad magic)");
            }

            var info = new ChunkInfo(reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), TimeSpan.FromTicks(reader.ReadInt64()));
            var formats = new SortedSet<string>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                formats.Add(reader.ReadString());
            }

            var removals = new KeyValuePair<string, long>[reader.ReadInt32()];
            for (var i = 0; i < removals.Length; i++)
            {
                removals[i] = KeyValuePair.Create(reader.ReadString(), reader.ReadInt64());
            }

            var outcomes = new RecordOutcome[reader.ReadInt32()];
            for (var i = 0; i < outcomes.Length; i++)
            {
                var record = reader.ReadString();
                var status = (RecordStatus)reader.ReadByte();
                var id = reader.ReadOptional();
                var duplicateOf = reader.ReadOptional();
                var hasSimilarity = reader.ReadBoolean();
                var similarity = reader.ReadDouble();
                outcomes[i] = new RecordOutcome(record, status, id, duplicateOf, hasSimilarity ? similarity : null, reader.ReadOptional(), reader.ReadOptional());
            }

            return new ChunkResult(info, outcomes, formats) { Removals = RemovalCounts.Of(removals) };
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("truncated chunk result", e);
        }
    }
}
