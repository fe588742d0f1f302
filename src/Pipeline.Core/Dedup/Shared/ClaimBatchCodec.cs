using System.Text;
using Pipeline.Core.Binary;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// A <see cref="ClaimBatch"/> as bytes: a magic and version, the entry count, then per entry its kind and fields
/// (strings length-prefixed UTF-8; a claim's signature as its values). About 0.5 KB a new article, 0.1 KB a sighting.
/// </summary>
public static class ClaimBatchCodec
{
    private const byte Claim = 1, Sighting = 2, Withdrawal = 3;
    private const byte Removal = 1, DuplicateDrop = 2, Promotion = 3, Move = 4;

    private static ReadOnlySpan<byte> Magic => "PCL2"u8;

    public static byte[] Encode(ClaimBatch batch)
    {
        using var buffer = new MemoryStream(64 + batch.Entries.Count * 512);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(batch.Entries.Count);
            foreach (var entry in batch.Entries)
            {
                Write(writer, entry);
            }
        }

        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a claim batch of this version.</exception>
    public static ClaimBatch Decode(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length < Magic.Length + sizeof(int) || !bytes.Span.StartsWith(Magic))
        {
            throw new InvalidDataException("not a claim batch (bad magic)");
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes.ToArray(), Magic.Length, bytes.Length - Magic.Length), Encoding.UTF8);
            var entries = new ClaimLogEntry[reader.ReadInt32()];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = ReadEntry(reader);
            }

            return new ClaimBatch(entries);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("truncated claim batch", e);
        }
    }

    private static void Write(BinaryWriter writer, ClaimLogEntry entry)
    {
        switch (entry)
        {
            case ArticleClaim claim:
                writer.Write(Claim);
                writer.Write(claim.ContentHash);
                writer.Write(claim.Id);
                Write(writer, claim.Source);
                writer.Write(claim.Near is not null);
                if (claim.Near is { } near)
                {
                    writer.Write(near.CanonicalId);
                    writer.Write(near.Similarity);
                    writer.Write(near.Signature.Length);
                    foreach (var value in near.Signature.Values)
                    {
                        writer.Write(value);
                    }
                }

                break;
            case SourceSighting sighting:
                writer.Write(Sighting);
                writer.Write(sighting.ContentHash);
                Write(writer, sighting.Source);
                break;
            case InputWithdrawal withdrawal:
                writer.Write(Withdrawal);
                writer.Write(withdrawal.Input);
                writer.WriteOptional(withdrawal.KeepVersion);
                writer.Write(withdrawal.Effects.Count);
                foreach (var effect in withdrawal.Effects)
                {
                    Write(writer, effect);
                }

                break;
            default:
                throw new ArgumentException($"unknown entry {entry.GetType().Name}", nameof(entry));
        }
    }

    private static ClaimLogEntry ReadEntry(BinaryReader reader) => reader.ReadByte() switch
    {
        Claim => ReadClaim(reader),
        Sighting => new SourceSighting(reader.ReadString(), ReadSource(reader)),
        Withdrawal => new InputWithdrawal(reader.ReadString(), reader.ReadOptional(), Enumerable.Range(0, reader.ReadInt32()).Select(_ => ReadEffect(reader)).ToList()),
        var kind => throw new InvalidDataException($"unknown claim log entry kind {kind}"),
    };

    private static ArticleClaim ReadClaim(BinaryReader reader)
    {
        var hash = reader.ReadString();
        var id = reader.ReadString();
        var source = ReadSource(reader);
        NearDuplicateEntry? near = null;
        if (reader.ReadBoolean())
        {
            var canonical = reader.ReadString();
            var similarity = reader.ReadDouble();
            var values = new uint[reader.ReadInt32()];
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = reader.ReadUInt32();
            }

            near = new NearDuplicateEntry(id, canonical, similarity, new MinHashSignature(values));
        }

        return new ArticleClaim(hash, id, source, near);
    }

    private static void Write(BinaryWriter writer, DocumentEffect effect)
    {
        switch (effect)
        {
            case DocumentRemoval removal:
                writer.Write(Removal);
                writer.Write(removal.ArticleId);
                Write(writer, removal.Withdrawn);
                break;
            case DuplicateRemoval drop:
                writer.Write(DuplicateDrop);
                writer.Write(drop.CanonicalId);
                writer.Write(drop.ArticleId);
                Write(writer, drop.Source);
                break;
            case DocumentPromotion promotion:
                writer.Write(Promotion);
                writer.Write(promotion.ArticleId);
                writer.Write(promotion.FromCanonicalId);
                Write(writer, promotion.Source);
                Write(writer, promotion.Withdrawn);
                break;
            case DuplicateMove move:
                writer.Write(Move);
                writer.Write(move.FromCanonicalId);
                writer.Write(move.ToCanonicalId);
                writer.Write(move.ArticleId);
                Write(writer, move.Source);
                break;
            default:
                throw new ArgumentException($"unknown effect {effect.GetType().Name}", nameof(effect));
        }
    }

    private static DocumentEffect ReadEffect(BinaryReader reader) => reader.ReadByte() switch
    {
        Removal => new DocumentRemoval(reader.ReadString(), ReadSources(reader)),
        DuplicateDrop => new DuplicateRemoval(reader.ReadString(), reader.ReadString(), ReadSource(reader)),
        Promotion => new DocumentPromotion(reader.ReadString(), reader.ReadString(), ReadSource(reader), ReadSources(reader)),
        Move => new DuplicateMove(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadSource(reader)),
        var kind => throw new InvalidDataException($"unknown document effect kind {kind}"),
    };

    private static void Write(BinaryWriter writer, ArticleSource source)
    {
        writer.Write(source.Input);
        writer.Write(source.Record);
        writer.WriteOptional(source.Version);
    }

    private static ArticleSource ReadSource(BinaryReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadOptional());

    private static void Write(BinaryWriter writer, IReadOnlyList<ArticleSource> sources)
    {
        writer.Write(sources.Count);
        foreach (var source in sources)
        {
            Write(writer, source);
        }
    }

    private static List<ArticleSource> ReadSources(BinaryReader reader) => Enumerable.Range(0, reader.ReadInt32()).Select(_ => ReadSource(reader)).ToList();
}
