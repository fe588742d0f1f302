using System.Collections.Concurrent;
using Pipeline.Search.Syncing;

namespace Pipeline.Console.Indexing;

/// <summary>What the index holds (document id → the blob version indexed) and how current it is, for the sync and the pages.</summary>
public sealed class IndexState
{
    public ConcurrentDictionary<string, IndexedVersion> Versions { get; } = new(StringComparer.Ordinal);

    /// <summary>False until the first full listing of the documents container has been indexed.</summary>
    public bool Synced { get; set; }

    public DateTimeOffset? LastListingAt { get; set; }

    public TimeSpan LastListingDuration { get; set; }

    public string? LastError { get; set; }
}
