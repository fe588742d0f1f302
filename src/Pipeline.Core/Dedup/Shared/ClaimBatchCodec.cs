using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// A <see cref="ClaimBatch"/> as bytes: a magic and version, the claim count, then per claim its strings (length-prefixed
/// UTF-8) and, when it has a near-duplicate entry, the canonical id, similarity and signature values. About 0.5 KB a claim.
/// </summary>
public static class ClaimBatchCodec
{
    private static ReadOnlySpan<byte> Magic => "PCL1"u8;

    public static byte[] Encode(ClaimBatch batch)
    {
        using var buffer = new MemoryStream(64 + batch.Claims.Count * 512);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(batch.Claims.Count);
            foreach (var claim in batch.Claims)
            {
                writer.Write(claim.ContentHash);
                writer.Write(claim.Id);
                writer.Write(claim.OwnerKey);
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
            var claims = new ArticleClaim[reader.ReadInt32()];
            for (var i = 0; i < claims.Length; i++)
            {
                var hash = reader.ReadString();
                var id = reader.ReadString();
                var owner = reader.ReadString();
                claims[i] = new ArticleClaim(hash, id, owner, reader.ReadBoolean() ? ReadNear(reader, id) : null);
            }

            return new ClaimBatch(claims);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("truncated claim batch", e);
        }
    }

    private static NearDuplicateEntry ReadNear(BinaryReader reader, string id)
    {
        var canonical = reader.ReadString();
        var similarity = reader.ReadDouble();
        var values = new uint[reader.ReadInt32()];
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = reader.ReadUInt32();
        }

        return new NearDuplicateEntry(id, canonical, similarity, new MinHashSignature(values));
    }
}
