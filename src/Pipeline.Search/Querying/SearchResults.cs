namespace Pipeline.Search.Querying;

/// <summary>How many documents matched, the best <see cref="SearchRequest.Top"/> of them, and facets over all of them.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);
