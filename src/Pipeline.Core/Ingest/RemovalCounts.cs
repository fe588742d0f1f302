using Pipeline.Core.Cleaning;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Ingest;

/// <summary>
/// How many paragraphs or blocks each rule or extraction step removed from an input's records (<see cref="RemovedText.Reason"/>
/// to count), in the order of the names: what the report's <c>removals</c> says.
/// </summary>
public sealed class RemovalCounts : IEquatable<RemovalCounts>
{
    private readonly SortedDictionary<string, long> byReason;

    private RemovalCounts(SortedDictionary<string, long> byReason) => this.byReason = byReason;

    public static RemovalCounts None { get; } = new(new SortedDictionary<string, long>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, long> ByReason => byReason;

    public static RemovalCounts Of(IEnumerable<KeyValuePair<string, long>> counts)
    {
        var byReason = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (reason, count) in counts)
        {
            byReason[reason] = byReason.GetValueOrDefault(reason) + count;
        }

        return byReason.Count == 0 ? None : new(byReason);
    }

    public static RemovalCounts Of(IEnumerable<RemovedText> removed) => Of(removed.Select(r => KeyValuePair.Create(r.Reason, 1L)));

    public RemovalCounts Plus(RemovalCounts other) => other.byReason.Count == 0 ? this : byReason.Count == 0 ? other : Of(byReason.Concat(other.byReason));

    public bool Equals(RemovalCounts? other) => other is not null && byReason.SequenceEqual(other.byReason);

    public override bool Equals(object? obj) => Equals(obj as RemovalCounts);

    public override int GetHashCode() => byReason.Count == 0 ? 0 : HashCode.Combine(byReason.Count, byReason.First());

    public override string ToString() => string.Join(", ", byReason.Select(p => $"{p.Key}: {p.Value}"));
}
