using Pipeline.Core.Output;

namespace Pipeline.Core.Dedup;

/// <summary>What the dedup index needs to know of one normalized article.</summary>
public sealed record DedupCandidate(string Id, string ContentHash, RecordOrigin Origin)
{
    /// <summary>Who may claim an id again on a replay: the same record of the same input.</summary>
    public string OwnerKey => $"{Origin.Container}/{Origin.Blob}#{Origin.Record}";
}
