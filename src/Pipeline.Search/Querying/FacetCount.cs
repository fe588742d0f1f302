namespace Pipeline.Search.Querying;

/// <summary>How many documents found have this value.</summary>
public sealed record FacetCount(string Value, int Count);
