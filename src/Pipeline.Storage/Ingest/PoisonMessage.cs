using System.Text.Json;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The message the blob trigger puts on <c>webjobs-blobtrigger-poison</c> after its last failed try:
/// JSON naming the container, blob and ETag.
/// </summary>
public sealed record PoisonMessage(string ContainerName, string BlobName, string? ETag)
{
    public static PoisonMessage? TryParse(string message)
    {
        try
        {
            using var json = JsonDocument.Parse(message);
            string? Get(string name) => json.RootElement.EnumerateObject()
                .FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
            return Get("ContainerName") is { } container && Get("BlobName") is { } blob ? new PoisonMessage(container, blob, Get("ETag")) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
