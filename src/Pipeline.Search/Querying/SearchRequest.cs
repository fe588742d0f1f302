namespace Pipeline.Search.Querying;

/// <summary>
/// A query in Lucene syntax (as Azure AI Search's <c>queryType=full</c> takes it; empty or <c>*</c> matches every
/// document) with optional filters: language code, exact publisher, and a publish-date range (<c>yyyy-MM-dd</c>, inclusive).
/// </summary>
public sealed record SearchRequest(string? Query, int Top = 10, string? Language = null, string? Publisher = null, string? From = null, string? To = null)
{
    public const int MaxTop = 1000;
}
