namespace Pipeline.Tooling.Evaluation;

/// <summary>One benchmark page: its id, ground-truth body and URL.</summary>
public sealed record BenchmarkPage(string Id, string ArticleBody, string? Url);
