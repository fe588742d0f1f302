using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.Core.Normalizing;

/// <summary>
/// The exact-duplicate key of an article body: SHA-256 over its lower-cased words, so whitespace, punctuation
/// and quote style don't make two copies of one article look different.
/// </summary>
public static class ContentFingerprint
{
    public static string Compute(string body)
    {
        var canonical = WordTokenizer.Canonical(body.ToLowerInvariant());
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(canonical.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(canonical, bytes)), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The document id: a prefix of the content hash (128 bits), safe as an Azure AI Search key.</summary>
    /// <summary>An article id's length: the first 32 hex digits (128 bits) of its content hash.</summary>
    public const int ArticleIdLength = 32;

    public static string ToArticleId(string contentHash) => contentHash[..ArticleIdLength];

    /// <summary>Whether <paramref name="id"/> is the article id of <paramref name="contentHash"/>.</summary>
    public static bool IsArticleIdOf(string id, string contentHash) =>
        id.Length == ArticleIdLength && contentHash.StartsWith(id, StringComparison.Ordinal);
}
