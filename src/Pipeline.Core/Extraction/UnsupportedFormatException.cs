namespace Pipeline.Core.Extraction;

/// <summary>A record whose format no extractor handles; the record is rejected with this reason.</summary>
public sealed class UnsupportedFormatException(string message) : Exception(message);
