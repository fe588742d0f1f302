namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// One record of one input that carries an article: where its document comes from. <see cref="Version"/> is the input's
/// version (its ETag) when the record was read, so the sources a newer version no longer has can be withdrawn.
/// </summary>
/// <param name="Input">The input, <c>container/name</c>.</param>
/// <param name="Record">The record's key in the input.</param>
public sealed record ArticleSource(string Input, string Record, string? Version)
{
    /// <summary>The same record whatever the version: what a replay is recognised by.</summary>
    public string OwnerKey => $"{Input}#{Record}";

    public bool SameRecord(ArticleSource other) => Input == other.Input && Record == other.Record;
}
