using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Output;

namespace Pipeline.Storage.Blobs;

/// <summary>The naming rules of the output containers.</summary>
public static class BlobNames
{
    public static string Document(string articleId) => $"{articleId}.json";

    /// <summary>
    /// One blob per duplicate record: exact copies share their article id, so the name also carries a hash of the
    /// record's origin (the same on a replay, different for each copy).
    /// </summary>
    public static string Duplicate(string canonicalId, NormalizedArticle duplicate) =>
        Duplicate(canonicalId, duplicate.Id, $"{duplicate.Origin.Container}/{duplicate.Origin.Blob}#{duplicate.Origin.Record}");

    /// <param name="originKey">The record the duplicate comes from, <c>container/blob#record</c>.</param>
    public static string Duplicate(string canonicalId, string articleId, string originKey)
    {
        var originHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(originKey)))[..16];
        return $"{canonicalId}/{articleId}-{originHash}.json";
    }

    public static string Report(string inputName) => $"{inputName}.json";

    public static string QuarantineError(string inputName) => $"{inputName}.error.json";
}
