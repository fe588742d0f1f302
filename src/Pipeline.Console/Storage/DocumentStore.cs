using Azure;
using Azure.Storage.Blobs.Models;
using Pipeline.Storage.Blobs;

namespace Pipeline.Console.Storage;

/// <summary>The documents in <c>normalized</c> (<c>{id}.json</c>) and the copies kept under their id in <c>duplicates</c>.</summary>
public sealed class DocumentStore(ConsoleContainers containers, int flatListingLimit = DocumentStore.FlatListingLimit)
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

    /// <summary>A listing that does not fit one page of this size is taken prefix by prefix instead.</summary>
    public const int FlatListingLimit = 5000;

    private volatile bool listByPrefix;

    /// <summary>
    /// Every document id with its blob's ETag. A container of more than <see cref="FlatListingLimit"/> documents is
    /// listed by the 256 two-hex-digit prefixes the contract's ids start with: Azurite sorts every blob a listing
    /// matches for each page it returns, one request at a time, so a page of a flat listing of 100,000 documents held
    /// it for a second or more and every other request (the report polling that makes new documents searchable)
    /// waited behind it; a prefix's page sorts a 256th of that.
    /// </summary>
    public async Task<Dictionary<string, string>> ListAsync(CancellationToken cancellationToken)
    {
        if (!listByPrefix)
        {
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            var listed = 0;
            await foreach (var blob in ContainerListing.ListAsync(containers.Normalized, BlobTraits.None, cancellationToken, pageSize: flatListingLimit))
            {
                if (++listed > flatListingLimit)
                {
                    // Found too big once: later listings go by prefix straight away, without that costly first page.
                    listByPrefix = true;
                    break;
                }

                Add(documents, blob);
            }

            if (!listByPrefix)
            {
                return documents;
            }
        }

        return await ListByPrefixAsync(cancellationToken);
    }

    private async Task<Dictionary<string, string>> ListByPrefixAsync(CancellationToken cancellationToken)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var prefix = 0; prefix < 256; prefix++)
        {
            await foreach (var blob in ContainerListing.ListAsync(containers.Normalized, BlobTraits.None, cancellationToken, prefix: prefix.ToString("x2"), pageSize: 1000))
            {
                Add(documents, blob);
            }
        }

        return documents;
    }

    private static void Add(Dictionary<string, string> documents, BlobItem blob)
    {
        if (blob.Name.EndsWith(".json", StringComparison.Ordinal) && blob.Properties.ETag is { } etag && IsId(blob.Name[..^5]))
        {
            documents[blob.Name[..^5]] = Unquoted(etag);
        }
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

    /// <summary>The contract's ids are 32 lower-case hex digits; anything else is not looked up (nor listed).</summary>
    public static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
