namespace Pipeline.Core.Output;

/// <summary>Where a record came from: container, blob (or file path), record key inside it and its format.</summary>
public sealed record RecordOrigin(string Container, string Blob, string Record, string Format);
