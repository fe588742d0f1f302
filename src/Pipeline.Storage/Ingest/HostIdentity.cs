namespace Pipeline.Storage.Ingest;

/// <summary>Which instance processed a chunk, as the report lists it: the Functions instance id in Azure, machine and process locally.</summary>
public static class HostIdentity
{
    public static string Name { get; } = Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID") is { Length: > 0 } instance
        ? instance[..Math.Min(instance.Length, 16)]
        : $"{Environment.MachineName}:{Environment.ProcessId}";
}
