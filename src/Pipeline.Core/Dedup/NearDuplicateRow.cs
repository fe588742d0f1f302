namespace Pipeline.Core.Dedup;

/// <summary>
/// One stored row: an article's entry under one band key, with the order in which the store committed that row.
/// Orders are comparable within one band key only (a table store's per-partition commit timestamp).
/// </summary>
public sealed record NearDuplicateRow(string BandKey, NearDuplicateEntry Entry, long Order);
