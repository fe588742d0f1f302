using Azure;
using Azure.Storage.Blobs.Models;
using Pipeline.Storage.Blobs;

namespace Pipeline.Console.Storage;

/// <summary>The documents in <c>normalized</c> (<c>{id}.json</c>) and the copies kept under their id in <c>duplicates</c>.</summary>
public sealed class DocumentStore(ConsoleContainers containers)
{
    public async Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return null;
        }

        try
        {
            var content = await containers.Normalized.GetBlobClient(BlobNames.Document(id)).DownloadContentAsync(cancellationToken);
            return new StoredDocument(id, content.Value.Content, Unquoted(content.Value.Details.ETag));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Every document id with its blob's ETag.</summary>
    public async Task<Dictionary<string, string>> ListAsync(CancellationToken cancellationToken)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var blob in ContainerListing.ListAsync(containers.Normalized, BlobTraits.None, cancellationToken, pageSize: 1000))
        {
            if (blob.Name.EndsWith(".json", StringComparison.Ordinal) && blob.Properties.ETag is { } etag && IsId(blob.Name[..^5]))
            {
                documents[blob.Name[..^5]] = Unquoted(etag);
            }
        }

        return documents;
    }

    /// <summary>The documents of the duplicates of <paramref name="id"/> (at most <paramref name="limit"/>).</summary>
    public async Task<List<BinaryData>> DuplicatesAsync(string id, int limit, CancellationToken cancellationToken)
    {
        var copies = new List<BinaryData>();
        if (!IsId(id))
        {
            return copies;
        }

        await foreach (var blob in ContainerListing.ListAsync(containers.Duplicates, BlobTraits.None, cancellationToken, prefix: id + "/"))
        {
            if (copies.Count >= limit)
            {
                break;
            }

            try
            {
                copies.Add((await containers.Duplicates.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken)).Value.Content);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Withdrawn since the listing.
            }
        }

        return copies;
    }

    /// <summary>A listing gives an ETag without the quotes a download's header has: compared without them.</summary>
    public static string Unquoted(ETag etag) => etag.ToString().Trim('"');

    /// <summary>Document ids are letters and digits (the contract's); anything else is not looked up.</summary>
    public static bool IsId(string id) => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit);
}
