namespace Pipeline.Search.Querying;

/// <summary>Counts over every document a query found (not only the top ones), most frequent first; months as <c>yyyy-MM</c>.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Languages, IReadOnlyList<FacetCount> Publishers, IReadOnlyList<FacetCount> Months)
{
    public static SearchFacets None { get; } = new([], [], []);
}
