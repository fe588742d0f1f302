using Pipeline.Search.Querying;

namespace Pipeline.Console.Api;

/// <summary>The body of <c>GET /api/search</c>.</summary>
public sealed record ApiSearchResults(int Total, IReadOnlyList<ApiSearchHit> Hits, SearchFacets Facets);
