namespace Pipeline.Search.Syncing;

/// <summary>The blob version a document was indexed from, and when: a listing started before then can't tell the document is gone.</summary>
public sealed record IndexedVersion(string ETag, DateTimeOffset IndexedAt);
