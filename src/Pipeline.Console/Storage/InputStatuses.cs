namespace Pipeline.Console.Storage;

/// <summary>The statuses an input can have in the console.</summary>
public static class InputStatuses
{
    public const string Processing = "processing";
    public const string Processed = "processed";
    public const string Quarantined = "quarantined";
    public const string Failed = "failed";
    public const string Deleted = "deleted";
}
