namespace Pipeline.Core.Ingest;

/// <summary>What became of one record.</summary>
public enum RecordStatus
{
    Written,
    Duplicate,
    Rejected,
}
