namespace Pipeline.Core.Dedup.Shared;

/// <summary>What one host committed in one go (a chunk's new articles and sightings, or a withdrawal), in order.</summary>
public sealed record ClaimBatch(IReadOnlyList<ClaimLogEntry> Entries);
