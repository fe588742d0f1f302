namespace Pipeline.Core.Ingest;

/// <summary>What became of one input as a whole.</summary>
public enum InputStatus
{
    /// <summary>Read; each record has its own outcome.</summary>
    Processed,

    /// <summary>Unreadable as a whole; copied to quarantine with the reason.</summary>
    Quarantined,
}
