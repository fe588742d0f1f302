namespace Pipeline.Console.Storage;

/// <summary>A document blob's bytes (contract v1 JSON) and its ETag.</summary>
public sealed record StoredDocument(string Id, BinaryData Content, string ETag);
