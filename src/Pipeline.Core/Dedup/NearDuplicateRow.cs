namespace Pipeline.Core.Dedup;

/// <summary>One stored row: an article's entry under one band key.</summary>
public sealed record NearDuplicateRow(string BandKey, NearDuplicateEntry Entry);
