namespace Pipeline.Core.Dedup.Shared;

/// <summary>One change to the corpus, as the claim log keeps it: a new article, another source of one, or an input's sources withdrawn.</summary>
public abstract record ClaimLogEntry;
