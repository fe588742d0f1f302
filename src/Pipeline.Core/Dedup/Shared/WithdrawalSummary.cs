namespace Pipeline.Core.Dedup.Shared;

/// <summary>What a withdrawal did, as the input's report tells it.</summary>
/// <param name="Withdrawn">Articles no live input carries any more: their documents are gone from search.</param>
/// <param name="Promoted">Articles whose search document now comes from another copy (the same id, or a near copy's).</param>
/// <param name="Versions">The input versions (ETags) whose sources went.</param>
public sealed record WithdrawalSummary(IReadOnlyList<string> Withdrawn, IReadOnlyList<string> Promoted, IReadOnlyList<string> Versions)
{
    public static WithdrawalSummary None { get; } = new([], [], []);

    public bool IsEmpty => Withdrawn.Count == 0 && Promoted.Count == 0 && Versions.Count == 0;
}
