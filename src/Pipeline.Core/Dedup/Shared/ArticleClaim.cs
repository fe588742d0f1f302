namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// One new article in the corpus, as the claim log keeps it: its content hash and id, the record that owns it (so a
/// replay of that record is recognised), and its near-duplicate entry (verdict and signature), null when its body was
/// too short to sketch.
/// </summary>
public sealed record ArticleClaim(string ContentHash, string Id, string OwnerKey, NearDuplicateEntry? Near);
