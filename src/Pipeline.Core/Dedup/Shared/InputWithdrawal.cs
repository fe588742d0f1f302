namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// An input's sources leave the corpus: every source of <see cref="Input"/> whose version is not
/// <see cref="KeepVersion"/> (all of them when it is null: the input was deleted). Articles left without a source are
/// released, and a released canonical's cluster gets a new one. <see cref="Effects"/> are the document changes this
/// implies, worked out by the host that appended the withdrawal and carried out in log order.
/// </summary>
public sealed record InputWithdrawal(string Input, string? KeepVersion, IReadOnlyList<DocumentEffect> Effects) : ClaimLogEntry;
