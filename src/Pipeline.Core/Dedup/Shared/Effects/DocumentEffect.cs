namespace Pipeline.Core.Dedup.Shared;

/// <summary>
/// A change to the documents a withdrawal implies. Each is safe to carry out again, and checks the document it
/// replaces or removes still comes from a withdrawn source, so it never undoes a later change.
/// </summary>
public abstract record DocumentEffect;
