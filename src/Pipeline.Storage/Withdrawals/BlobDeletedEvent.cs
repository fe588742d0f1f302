using System.Text.Json;

namespace Pipeline.Storage.Withdrawals;

/// <summary>
/// An Event Grid <c>Microsoft.Storage.BlobDeleted</c> event as the storage account's system topic puts it on queue
/// <see cref="Queue"/> (Event Grid schema; one event, or an array of them): the container and name of the blob deleted.
/// </summary>
public sealed record BlobDeletedEvent(string Container, string Name)
{
    /// <summary>The queue Event Grid delivers deletions in the raw container to (infra/app/eventgrid-topic.bicep).</summary>
    public const string Queue = "raw-deletions";

    private const string Prefix = "/blobServices/default/containers/";

    /// <summary>The deletions a message carries; none when it holds no BlobDeleted event (or is not Event Grid JSON).</summary>
    public static IReadOnlyList<BlobDeletedEvent> Parse(string message)
    {
        try
        {
            using var json = JsonDocument.Parse(message);
            var events = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
            return events.Select(FromEvent).OfType<BlobDeletedEvent>().ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static BlobDeletedEvent? FromEvent(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("eventType", out var type) || type.GetString() != "Microsoft.Storage.BlobDeleted"
            || !element.TryGetProperty("subject", out var subject) || subject.GetString() is not { } path || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        // "/blobServices/default/containers/raw/blobs/dumps/2026/x.jsonl": the name may itself hold slashes.
        var rest = path[Prefix.Length..];
        var separator = rest.IndexOf("/blobs/", StringComparison.Ordinal);
        return separator <= 0 ? null : new BlobDeletedEvent(rest[..separator], rest[(separator + "/blobs/".Length)..]);
    }
}
