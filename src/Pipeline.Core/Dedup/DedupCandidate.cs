using Pipeline.Core.Output;

namespace Pipeline.Core.Dedup;

/// <summary>What the dedup index needs to know of one normalized article.</summary>
/// <param name="Body">The normalized body (paragraphs joined by a blank line), for near-duplicate matching.</param>
public sealed record DedupCandidate(string Id, string ContentHash, RecordOrigin Origin, string Body)
{
    /// <summary>Who may claim an id again on a replay: the same record of the same input.</summary>
    public string OwnerKey => $"{Origin.Container}/{Origin.Blob}#{Origin.Record}";

    /// <summary>The version (ETag) of the input the record was read from, where there is one: a newer version's record replaces an older one's.</summary>
    public string? Version { get; init; }
}
