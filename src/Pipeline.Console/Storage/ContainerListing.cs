using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Console.Storage;

/// <summary>
/// Lists a container page by page; a container that does not exist yet lists as empty. Azurite answers one request at a
/// time while it builds a page, so a smaller page lets other requests (the console's report polling) in between.
/// </summary>
public static class ContainerListing
{
    public static async IAsyncEnumerable<BlobItem> ListAsync(
        BlobContainerClient container, BlobTraits traits, [EnumeratorCancellation] CancellationToken cancellationToken, string? prefix = null, int pageSize = 5000)
    {
        await using var pages = container.GetBlobsAsync(traits, BlobStates.None, prefix, cancellationToken).AsPages(pageSizeHint: pageSize).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await pages.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                yield break;
            }

            foreach (var blob in pages.Current.Values)
            {
                yield return blob;
            }
        }
    }
}
