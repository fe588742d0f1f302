namespace Pipeline.Core.Ingest.Chunks;

/// <summary>One processed chunk, as its input's report lists it: how many records, which host, how long.</summary>
public sealed record ChunkInfo(int Index, int Records, string ProcessedBy, TimeSpan Duration);
