using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Core.Dedup.Local;

/// <summary>
/// An entry as bytes, for <see cref="LocalNearDuplicateStore"/>'s spill file:
/// similarity, the two ids (length-prefixed UTF-8) and the signature values.
/// </summary>
internal static class NearDuplicateEntryRecord
{
    public static byte[] Encode(NearDuplicateEntry entry)
    {
        var id = Encoding.UTF8.GetBytes(entry.ArticleId);
        var canonical = entry.CanonicalId == entry.ArticleId ? [] : Encoding.UTF8.GetBytes(entry.CanonicalId);
        var signature = entry.Signature.ToBytes();
        var bytes = new byte[8 + 4 + id.Length + 4 + canonical.Length + signature.Length];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteDoubleLittleEndian(span, entry.Similarity);
        var at = WriteField(span, 8, id);
        at = WriteField(span, at, canonical);
        signature.CopyTo(span[at..]);
        return bytes;
    }

    public static NearDuplicateEntry Decode(ReadOnlySpan<byte> bytes)
    {
        var similarity = BinaryPrimitives.ReadDoubleLittleEndian(bytes);
        var (id, at) = ReadField(bytes, 8);
        var (canonical, signatureAt) = ReadField(bytes, at);
        return new NearDuplicateEntry(id, canonical.Length == 0 ? id : canonical, similarity, MinHashSignature.FromBytes(bytes[signatureAt..]));
    }

    /// <summary>Only the article id, without decoding the signature (the check a registration makes per row).</summary>
    public static string ArticleId(ReadOnlySpan<byte> bytes) => ReadField(bytes, 8).Text;

    private static int WriteField(Span<byte> span, int at, byte[] field)
    {
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], field.Length);
        field.CopyTo(span[(at + 4)..]);
        return at + 4 + field.Length;
    }

    private static (string Text, int Next) ReadField(ReadOnlySpan<byte> bytes, int at)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        return (Encoding.UTF8.GetString(bytes.Slice(at + 4, length)), at + 4 + length);
    }
}
