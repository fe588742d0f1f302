namespace Pipeline.Tooling.Evaluation;

/// <summary>One page of a snippet corpus: snippets its main text must contain (<paramref name="With"/>) and must not (<paramref name="Without"/>).</summary>
public sealed record SnippetPage(string Id, IReadOnlyList<string> With, IReadOnlyList<string> Without, string? Url);
