namespace Pipeline.Tooling.Evaluation;

/// <summary>One body to dedupe: samples with the same <paramref name="ArticleKey"/> are the same article.</summary>
/// <param name="Name">Where the body came from (e.g. "lynx/0a1b…"), for listing errors.</param>
public sealed record DedupSample(string ArticleKey, string Name, string Body);
