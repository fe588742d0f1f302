namespace Pipeline.Core.Ingest;

/// <summary>Where one raw input came from: a blob in a container, or a file path for the CLI.</summary>
public sealed record InputRef(string Container, string Name, string? ETag = null);
