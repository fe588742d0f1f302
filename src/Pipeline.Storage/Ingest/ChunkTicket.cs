using System.Globalization;
using System.Text.Json;
using Pipeline.Core.Ingest;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The queue message for one chunk of a big input: which run, which version of which input, which chunk. The chunk's
/// records wait in the work container under <see cref="RecordsBlob"/>.
/// </summary>
public sealed record ChunkTicket(string Run, string Container, string Input, string? ETag, int Chunk, int Records)
{
    /// <summary>The queue every host's chunk trigger listens on; failed tickets go to <see cref="PoisonQueue"/> after 5 tries.</summary>
    public const string Queue = "ingest-chunks";

    public const string PoisonQueue = Queue + "-poison";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public InputRef InputRef => new(Container, Input, ETag);

    public string RecordsBlob => WorkBlob(Run, Chunk, "records");

    public string ResultBlob => ResultBlobOf(Run, Chunk);

    /// <summary>The last failure of a try, for the poison handler to give as the reason.</summary>
    public string FailureBlob => WorkBlob(Run, Chunk, "failure");

    public static string ResultBlobOf(string run, int chunk) => WorkBlob(run, chunk, "result");

    /// <summary>Every work blob of a run starts with this.</summary>
    public static string RunPrefix(string run) => run + "/";

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>The ticket in a queue message, or null when the message is not one.</summary>
    public static ChunkTicket? TryParse(string message)
    {
        try
        {
            return JsonSerializer.Deserialize<ChunkTicket>(message, Json) is { Run.Length: > 0, Input.Length: > 0, Chunk: >= 0 } ticket ? ticket : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string WorkBlob(string run, int chunk, string kind) => $"{RunPrefix(run)}{chunk.ToString("D6", CultureInfo.InvariantCulture)}.{kind}";
}
