namespace Pipeline.Core.Ingest;

/// <summary>What became of one input as a whole.</summary>
public enum InputStatus
{
    /// <summary>Read; each record has its own outcome.</summary>
    Processed,

    /// <summary>Unreadable as a whole, or failed on every retry; copied to quarantine with the reason.</summary>
    Quarantined,

    /// <summary>An attempt failed (storage trouble); the host will retry, and quarantine it if every retry fails.</summary>
    Failed,

    /// <summary>A big input cut into chunks that hosts are working through; the report counts the records done so far.</summary>
    Processing,

    /// <summary>The raw blob was deleted: what it produced was withdrawn from the corpus (the report says what).</summary>
    Deleted,
}
