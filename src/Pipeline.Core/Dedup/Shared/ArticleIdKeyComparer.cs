using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// Compares strings by their first <see cref="ContentFingerprint.ArticleIdLength"/> characters, so an article's content
/// hash (which begins with its id) finds it by its id too: one dictionary and no id string per article.
/// </summary>
internal sealed class ArticleIdKeyComparer : IEqualityComparer<string>
{
    public static readonly ArticleIdKeyComparer Instance = new();

    public bool Equals(string? x, string? y) => x is null || y is null ? x == y : Key(x).SequenceEqual(Key(y));

    public int GetHashCode(string text) => string.GetHashCode(Key(text), StringComparison.Ordinal);

    private static ReadOnlySpan<char> Key(string text) => text.AsSpan(0, Math.Min(text.Length, ContentFingerprint.ArticleIdLength));
}
